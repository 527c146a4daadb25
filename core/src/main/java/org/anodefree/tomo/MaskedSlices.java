package org.anodefree.tomo;

/**
 * Streams a volume's Li masks in ascending z. Without the median filter a slice is classified
 * directly. With it, the mask is that of the 3 x 3 x 3 median, computed without any median: the
 * median of 27 values is at or below a threshold exactly when at least 14 of them are, so each
 * voxel needs only a count of thresholded neighbours (a separable box sum, O(1) per voxel). Edges
 * repeat the outermost voxels, as {@link MedianFilter} does.
 *
 * <p>Memory: one float slice (or, for an 8/16-bit source without the filter, its levels at two
 * bytes a voxel); with the filter two float slices and four byte slices.
 */
final class MaskedSlices {
    private final VolumeSource source;
    private final VoxelClassifier classifier;
    private final boolean median;
    private final int width;
    private final int height;
    private final int depth;
    private final int n;
    private final float[][] values;
    /** The source's integer levels, classified without floats (null on the float path). */
    private final byte[] levels;
    private final byte[][] planeCounts;
    private final byte[] below;
    private final Runnable onSliceRead;
    private final SliceBands bands;
    private int next;
    private int loaded = -1;
    /** The mask the bands fill: the caller's, set before each slice, so the two band lambdas are made once, not per slice. */
    private byte[] target;
    private final SliceBands.Band classifyLevels;
    private final SliceBands.Band classifyFloats;

    /** Streams float slices (so {@link #values} works) whatever the source. */
    MaskedSlices(VolumeSource source, VoxelClassifier classifier, boolean median, Runnable onSliceRead,
            SliceBands bands) {
        this(source, classifier, median, true, onSliceRead, bands);
    }

    /**
     * @param needValues whether {@link #values} will be asked for (forces float slices; otherwise an
     *     8/16-bit source without the median filter is classified from its integer levels)
     */
    MaskedSlices(VolumeSource source, VoxelClassifier classifier, boolean median, boolean needValues,
            Runnable onSliceRead, SliceBands bands) {
        this.bands = bands;
        this.source = source;
        this.classifier = classifier;
        this.median = median;
        this.width = source.width();
        this.height = source.height();
        this.depth = source.depth();
        this.n = source.sliceVoxels();
        boolean useLevels = !median && !needValues && source.readsLevels() && classifier.hasLevels();
        this.levels = useLevels ? new byte[2 * n] : null;
        this.values = useLevels ? null : new float[median ? 2 : 1][n];
        this.planeCounts = median ? new byte[3][n] : null;
        this.below = median ? new byte[n] : null;
        this.onSliceRead = onSliceRead;
        this.classifyLevels = (from, to) -> classifier.classifyLevels(levels, target, from, to);
        this.classifyFloats = (from, to) -> classifier.classify(values[0], target, from, to);
    }

    boolean hasNext() {
        return next < depth;
    }

    int nextIndex() {
        return next;
    }

    /** Fills {@code mask} (1 = Li) for the next slice and returns its Li count. */
    int next(byte[] mask) {
        int z = next++;
        if (levels != null) {
            source.readLevels(z, levels);
            onSliceRead.run();
            target = mask;
            return bands.run(n, classifyLevels);
        }
        if (!median) {
            source.readSlice(z, values[0]);
            onSliceRead.run();
            target = mask;
            return bands.run(n, classifyFloats);
        }
        while (loaded < Math.min(z + 1, depth - 1)) {
            loaded++;
            float[] v = values[loaded % 2];
            source.readSlice(loaded, v);
            classifier.classifyAtOrBelow(v, below, n);
            planeSum(below, planeCounts[loaded % 3]);
        }
        onSliceRead.run();
        byte[] mid = planeCounts[z % 3];
        byte[] lo = z > 0 ? planeCounts[(z - 1) % 3] : mid;
        byte[] hi = z + 1 < depth ? planeCounts[(z + 1) % 3] : mid;
        boolean dark = classifier.liIsDark();
        int li = 0;
        for (int i = 0; i < n; i++) {
            int atOrBelow = lo[i] + mid[i] + hi[i];
            byte b = (atOrBelow >= 14) == dark ? (byte) 1 : 0;
            mask[i] = b;
            li += b;
        }
        return li;
    }

    /** The unfiltered values of the slice {@link #next} just classified (valid until the next call). */
    float[] values() {
        return values[median ? (next - 1) % 2 : 0];
    }

    /** 3 x 3 in-plane sums of a 0/1 slice with edges repeated (each sum 0..9). */
    private void planeSum(byte[] b, byte[] out) {
        for (int y = 0; y < height; y++) {
            int r0 = Math.max(0, y - 1) * width;
            int r1 = y * width;
            int r2 = Math.min(height - 1, y + 1) * width;
            for (int x = 0; x < width; x++) {
                int xl = Math.max(0, x - 1);
                int xr = Math.min(width - 1, x + 1);
                int s = b[r0 + xl] + b[r0 + x] + b[r0 + xr]
                        + b[r1 + xl] + b[r1 + x] + b[r1 + xr]
                        + b[r2 + xl] + b[r2 + x] + b[r2 + xr];
                out[r1 + x] = (byte) s;
            }
        }
    }
}
