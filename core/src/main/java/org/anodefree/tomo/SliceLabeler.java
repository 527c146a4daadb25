package org.anodefree.tomo;

/**
 * Labels the 4-connected components of one binary slice, numbering them in raster order of their
 * first voxel from a given base, so that a second pass over the same slices gives the same labels.
 *
 * <p>Hand-written (two-pass scan with a local union-find, as in Rosenfeld and Pfaltz, J. ACM 13,
 * 471, 1966) because the labels must continue across a stream of slices and reuse buffers; library
 * labelers work on whole images in memory.
 */
final class SliceLabeler {
    private final int width;
    private final int height;
    private final int[] parent;
    private final int[] compact;

    SliceLabeler(int width, int height) {
        this.width = width;
        this.height = height;
        int most = (int) Math.min(Integer.MAX_VALUE - 8, (long) width * height / 2 + 2);
        this.parent = new int[most];
        this.compact = new int[most];
    }

    /**
     * Writes into {@code labels} the component of each Li voxel as {@code base + k} (k from 0 in
     * raster order of first voxel) and -1 elsewhere.
     *
     * @return the number of components
     */
    int label(byte[] mask, int[] labels, int base) {
        int next = 0;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int i = row + x;
                if (mask[i] == 0) {
                    labels[i] = -1;
                    continue;
                }
                int left = x > 0 ? labels[i - 1] : -1;
                int up = y > 0 ? labels[i - width] : -1;
                if (left < 0 && up < 0) {
                    parent[next] = next;
                    labels[i] = next++;
                } else if (up < 0) {
                    labels[i] = left;
                } else if (left < 0) {
                    labels[i] = up;
                } else {
                    int a = find(left);
                    int b = find(up);
                    if (a != b) {
                        // The smaller provisional label wins, so the result is independent of scan details.
                        if (a < b) {
                            parent[b] = a;
                        } else {
                            parent[a] = b;
                        }
                    }
                    labels[i] = Math.min(a, b);
                }
            }
        }
        // Roots are numbered in increasing provisional order = raster order of first voxel.
        int count = 0;
        for (int p = 0; p < next; p++) {
            compact[p] = parent[p] == p ? count++ : -1;
        }
        int n = width * height;
        for (int i = 0; i < n; i++) {
            int l = labels[i];
            if (l >= 0) {
                labels[i] = base + compact[find(l)];
            }
        }
        return count;
    }

    private int find(int p) {
        while (parent[p] != p) {
            parent[p] = parent[parent[p]];
            p = parent[p];
        }
        return p;
    }
}
