package org.anodefree.tomo;

import java.util.Objects;
import org.anodefree.map.ThicknessMap;

/**
 * The result of turning a volume into Li thickness: two maps that agree where the Li layer is
 * dense and differ where it has pores, the collector surface they were measured against, and what
 * was segmented and discarded on the way.
 *
 * @param countThickness Li voxels per column times the voxel size, projected on the surface
 *     normal: the amount of Li, as if the pores were closed
 * @param surfaceThickness distance between the Li layer's bottom and top surfaces along the
 *     normal: the layer's extent, pores included
 * @param surface the fitted collector surface (depths in voxels over the map grid)
 * @param thresholdGreyLevel the grey level used (given or Otsu's); NaN for a label volume
 * @param components what component filtering removed
 * @param liColumns map pixels with any Li
 * @param poreColumns map pixels whose layer has at least one empty voxel between bottom and top
 */
public record ThicknessExtraction(ThicknessMap countThickness, ThicknessMap surfaceThickness,
        InterfaceSurface surface, double thresholdGreyLevel, ComponentSummary components, long liColumns,
        long poreColumns) {

    public ThicknessExtraction {
        Objects.requireNonNull(countThickness, "countThickness");
        Objects.requireNonNull(surfaceThickness, "surfaceThickness");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(components, "components");
    }

    /** Share of the Li-covered pixels whose layer holds pores. */
    public double poreColumnFraction() {
        return liColumns == 0 ? 0.0 : (double) poreColumns / liColumns;
    }

    /** Tilt of the collector surface at the map centre, degrees. */
    public double tiltDegrees() {
        return surface.tiltDegreesAt((countThickness.width() - 1) / 2.0, (countThickness.height() - 1) / 2.0);
    }
}
