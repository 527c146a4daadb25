package org.anodefree.tomo;

/**
 * What component filtering found and removed: 6-connected Li components of the whole volume.
 *
 * @param components Li components found (0 when filtering was off)
 * @param speckComponents components removed for being smaller than the minimum size
 * @param speckVoxels voxels in them
 * @param detachedComponents components removed (not specks) because they do not touch the collector
 * @param detachedVoxels voxels in them
 * @param keptVoxels Li voxels measured
 */
public record ComponentSummary(long components, long speckComponents, long speckVoxels, long detachedComponents,
        long detachedVoxels, long keptVoxels) {

    public ComponentSummary {
        if (components < 0 || speckComponents < 0 || speckVoxels < 0 || detachedComponents < 0
                || detachedVoxels < 0 || keptVoxels < 0) {
            throw new IllegalArgumentException("component counts must be >= 0");
        }
    }
}
