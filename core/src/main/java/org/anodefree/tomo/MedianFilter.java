package org.anodefree.tomo;

/**
 * The 3 x 3 x 3 median of a slice from the three slices around it: removes salt-and-pepper noise
 * before thresholding while keeping edges sharper than a mean would. Voxels past the volume's
 * faces repeat the edge (the caller passes the middle slice again at the first and last slice).
 *
 * <p>This is the filter's definition. The extractor never runs it on a volume: it thresholds the
 * median by counting (see {@code MaskedSlices}), and the tests check that against this class.
 */
public final class MedianFilter {
    private MedianFilter() {
    }

    /**
     * Writes the median of each voxel's 27-neighbourhood into {@code out}.
     *
     * @param scratch at least 27 floats, reused so the loop allocates nothing
     */
    public static void median3(float[] below, float[] middle, float[] above, int width, int height,
            float[] out, float[] scratch) {
        for (int y = 0; y < height; y++) {
            int y0 = Math.max(0, y - 1);
            int y1 = Math.min(height - 1, y + 1);
            for (int x = 0; x < width; x++) {
                int x0 = Math.max(0, x - 1);
                int x1 = Math.min(width - 1, x + 1);
                int n = 0;
                // Clamped neighbours repeat, so edge voxels still see 27 values.
                for (int dy = -1; dy <= 1; dy++) {
                    int row = (dy < 0 ? y0 : dy > 0 ? y1 : y) * width;
                    for (int dx = -1; dx <= 1; dx++) {
                        int i = row + (dx < 0 ? x0 : dx > 0 ? x1 : x);
                        scratch[n++] = below[i];
                        scratch[n++] = middle[i];
                        scratch[n++] = above[i];
                    }
                }
                out[y * width + x] = select(scratch, 27, 13);
            }
        }
    }

    /** The k-th smallest of the first n values (Hoare's quickselect; reorders the array). */
    static float select(float[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (hi > lo) {
            float pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
