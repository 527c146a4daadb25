package org.anodefree.tomo;

import java.util.Arrays;

/**
 * Union-find over the per-slice component labels of a whole volume: links a slice's components
 * to those of the slice below and adds up voxel counts, so 3D components are known after one
 * streamed pass.
 *
 * <p>Memory: 12 bytes per per-slice component (an int parent and a long voxel count), i.e. the
 * number of 2D components summed over all slices, never the number of voxels. Roots are always
 * the smallest label of their set, so results do not depend on the order of unions.
 */
final class ComponentForest {
    private int[] parent = new int[1024];
    private long[] voxels = new long[1024];
    private int size;

    /** Adds {@code count} new single-label sets, numbered from the current size; returns the first. */
    int add(int count) {
        if ((long) size + count > Integer.MAX_VALUE - 8) {
            throw new org.anodefree.InputException("the segmented Li falls into more than 2^31 slice components;"
                    + " use a median filter or a cleaner segmentation");
        }
        int first = size;
        int need = size + count;
        if (need > parent.length) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) need, parent.length * 2L));
            parent = Arrays.copyOf(parent, cap);
            voxels = Arrays.copyOf(voxels, cap);
        }
        for (int i = first; i < need; i++) {
            parent[i] = i;
            voxels[i] = 0;
        }
        size = need;
        return first;
    }

    int size() {
        return size;
    }

    void addVoxel(int label) {
        voxels[label]++;
    }

    int find(int p) {
        while (parent[p] != p) {
            parent[p] = parent[parent[p]];
            p = parent[p];
        }
        return p;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (ra < rb) {
            parent[rb] = ra;
            voxels[ra] += voxels[rb];
        } else {
            parent[ra] = rb;
            voxels[rb] += voxels[ra];
        }
    }

    /** Voxels in the component of a root label. */
    long voxelsOfRoot(int root) {
        return voxels[root];
    }
}
