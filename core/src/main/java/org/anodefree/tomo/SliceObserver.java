package org.anodefree.tomo;

/**
 * Sees each slice of the extractor's last pass with its segmentation, e.g. to draw orthogonal
 * views with the Li outlined. The arrays are reused: copy what must outlive the call.
 */
@FunctionalInterface
public interface SliceObserver {
    /** Li measured. */
    byte KEPT = 1;
    /** Li segmented but removed (speck or not attached to the collector). */
    byte REMOVED = 2;

    /**
     * @param z slice index
     * @param values the slice's grey levels or labels as stored (before any median filter)
     * @param li per voxel 0 (not Li), {@link #KEPT} or {@link #REMOVED}
     */
    void slice(int z, float[] values, byte[] li);
}
