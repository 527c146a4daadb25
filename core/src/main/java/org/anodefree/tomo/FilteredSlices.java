package org.anodefree.tomo;

/**
 * Streams a volume's slices in ascending z, optionally through the 3 x 3 x 3 median filter, holding
 * at most three raw slices and one filtered slice.
 */
final class FilteredSlices {
    private final VolumeSource source;
    private final boolean median;
    private final int width;
    private final int height;
    private final int depth;
    private final float[][] ring;
    private final float[] filtered;
    private final float[] scratch = new float[27];
    private final Runnable onSliceRead;
    private int next;

    /** @param onSliceRead called after each slice is produced (progress) */
    FilteredSlices(VolumeSource source, boolean median, Runnable onSliceRead) {
        this.source = source;
        this.median = median;
        this.width = source.width();
        this.height = source.height();
        this.depth = source.depth();
        int n = source.sliceVoxels();
        this.ring = new float[median ? 3 : 1][n];
        this.filtered = median ? new float[n] : null;
        this.onSliceRead = onSliceRead;
    }

    /** Whether slices remain. */
    boolean hasNext() {
        return next < depth;
    }

    /** The index of the slice the next call to {@link #next()} returns. */
    int nextIndex() {
        return next;
    }

    /** The next slice; the array is reused and valid until the following call. */
    float[] next() {
        int z = next++;
        float[] result;
        if (!median) {
            source.readSlice(z, ring[0]);
            result = ring[0];
        } else {
            if (z == 0) {
                source.readSlice(0, ring[0]);
                if (depth > 1) {
                    source.readSlice(1, ring[1]);
                }
            } else if (z + 1 < depth) {
                source.readSlice(z + 1, ring[(z + 1) % 3]);
            }
            float[] mid = ring[z % 3];
            float[] below = z > 0 ? ring[(z - 1) % 3] : mid;
            float[] above = z + 1 < depth ? ring[(z + 1) % 3] : mid;
            MedianFilter.median3(below, mid, above, width, height, filtered, scratch);
            result = filtered;
        }
        onSliceRead.run();
        return result;
    }
}
