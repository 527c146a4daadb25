package org.anodefree.tomo;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Per map pixel, what the column of voxels along the thickness axis holds: the number of Li voxels
 * and the depths of the lowest and highest one (and, when asked, their component labels).
 *
 * <p>Filled one z slice at a time for any axis: a voxel (x, y) of slice z lands in column
 * {@code colBase + x*cx + y*cy} at depth {@code dBase + x*dx + y*dy}, so the loop has no branch on
 * the axis.
 */
final class ColumnProfile {
    private static final int BLOCK = 64;
    /** Four little-endian 16-bit levels read as one long. */
    private static final VarHandle FOUR_LEVELS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    /** The top bit of each 16-bit lane of a long. */
    private static final long LANE_TOPS = 0x8000800080008000L;
    /** 1 in each 16-bit lane: a level times this fills all four lanes. */
    private static final long LANES = 0x0001000100010001L;
    final int mapWidth;
    final int mapHeight;
    final int[] count;
    final int[] minDepth;
    final int[] maxDepth;
    final int[] minLabel;
    final int[] maxLabel;
    private final Axis axis;
    private final int width;
    private final int height;

    ColumnProfile(Axis axis, int width, int height, int depth, boolean withLabels) {
        this.axis = axis;
        this.width = width;
        this.height = height;
        this.mapWidth = axis.mapWidth(width, height, depth);
        this.mapHeight = axis.mapHeight(width, height, depth);
        long n = (long) mapWidth * mapHeight;
        if (n > Integer.MAX_VALUE - 8) {
            throw new org.anodefree.InputException("a thickness map of " + mapWidth + " x " + mapHeight
                    + " pixels is too large for one array; crop with a region of interest");
        }
        int size = (int) n;
        count = new int[size];
        minDepth = new int[size];
        maxDepth = new int[size];
        Arrays.fill(minDepth, Integer.MAX_VALUE);
        Arrays.fill(maxDepth, -1);
        minLabel = withLabels ? new int[size] : null;
        maxLabel = withLabels ? new int[size] : null;
    }

    /**
     * Adds the Li voxels of slice z. With {@code keep}, only voxels whose label is set in it count;
     * with label tracking on, the labels of the lowest and highest voxel are kept.
     */
    void addSlice(int z, byte[] mask, int[] labels, BitSet keep) {
        if (axis == Axis.Z) {
            if (keep == null && minLabel == null) {
                addAlongZ(z, mask, 0, count.length);
            } else {
                addAlongZLabelled(z, mask, labels, keep);
            }
            return;
        }
        int colBase;
        int cx;
        int cy;
        int dBase;
        int dx;
        int dy;
        switch (axis) {
            case Z -> { colBase = 0; cx = 1; cy = width; dBase = z; dx = 0; dy = 0; }
            case Y -> { colBase = z * width; cx = 1; cy = 0; dBase = 0; dx = 0; dy = 1; }
            default -> { colBase = z * height; cx = 0; cy = 1; dBase = 0; dx = 1; dy = 0; }
        }
        boolean track = minLabel != null;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int colRow = colBase + y * cy;
            int dRow = dBase + y * dy;
            for (int x = 0; x < width; x++) {
                int i = row + x;
                if (mask[i] == 0 || (keep != null && !keep.get(labels[i]))) {
                    continue;
                }
                int c = colRow + x * cx;
                int d = dRow + x * dx;
                count[c]++;
                if (d < minDepth[c]) {
                    minDepth[c] = d;
                    if (track) {
                        minLabel[c] = labels[i];
                    }
                }
                if (d > maxDepth[c]) {
                    maxDepth[c] = d;
                    if (track) {
                        maxLabel[c] = labels[i];
                    }
                }
            }
        }
    }

    /**
     * The common case on its own: thickness along z, every Li voxel counted. Columns are the slice's
     * own voxels. Blocks of {@value #BLOCK} voxels without Li are skipped after a cheap scan of
     * their mask bytes (a layer fills only part of each slice it crosses); blocks with Li are
     * updated branch-free (k is 0 or -1, selecting z or a neutral value), so a noisy mask costs no
     * branch mispredictions. Works on voxels [from, to), so disjoint ranges may run on different
     * threads.
     */
    void addAlongZ(int z, byte[] mask, int from, int to) {
        int n = to;
        for (int start = from; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            int any = 0;
            for (int i = start; i < end; i++) {
                any |= mask[i];
            }
            if (any == 0) {
                continue;
            }
            for (int i = start; i < end; i++) {
                int b = mask[i];
                int k = -b;
                count[i] += b;
                minDepth[i] = Math.min(minDepth[i], (z & k) | (Integer.MAX_VALUE & ~k));
                maxDepth[i] = Math.max(maxDepth[i], (z & k) | ~k);
            }
        }
    }

    /**
     * Thresholding and {@link #addAlongZ} fused for a slice of 16-bit levels (little-endian, see
     * {@link VolumeSource#readLevels}): Li is a level in low..high (see
     * {@link VoxelClassifier#classifyLevels}). No mask is written. Each full block of
     * {@value #BLOCK} voxels is first tested for Li four levels at a time, one long per four
     * (hand-written SWAR because the JIT of Java 17 does not vectorise this reduction: measured
     * about 2x faster than a per-voxel test, and most blocks of a cell hold no Li); a block with Li,
     * and a partial block at the end, is updated voxel by voxel, branch-free. Returns the Li voxels
     * in [from, to); disjoint ranges may run on different threads.
     */
    int addLevelsAlongZ(int z, byte[] levels, int low, int high, int from, int to) {
        if (low > high) {
            return 0; // no level is Li
        }
        long lowLanes = low * LANES;
        // high + 1 fits a lane unless high is the top level, when every level passes the upper test.
        long highLanes = high < 65535 ? (high + 1) * LANES : 0;
        long belowTop = high < 65535 ? 0 : LANE_TOPS;
        int li = 0;
        for (int start = from; start < to; start += BLOCK) {
            int end = Math.min(to, start + BLOCK);
            if (end - start == BLOCK) {
                long inside = 0;
                for (int b = 2 * start; b < 2 * end; b += 8) {
                    long x = (long) FOUR_LEVELS.get(levels, b);
                    inside |= ~lanesBelow(x, lowLanes) & (lanesBelow(x, highLanes) | belowTop);
                }
                if ((inside & LANE_TOPS) == 0) {
                    continue;
                }
            }
            for (int i = start; i < end; i++) {
                int v = (levels[2 * i] & 0xff) | (levels[2 * i + 1] & 0xff) << 8;
                int outside = ((v - low) | (high - v)) >> 31; // -1 outside the Li range, 0 inside
                li += 1 + outside;
                count[i] += 1 + outside;
                minDepth[i] = Math.min(minDepth[i], (z & ~outside) | (Integer.MAX_VALUE & outside));
                maxDepth[i] = Math.max(maxDepth[i], (z & ~outside) | outside);
            }
        }
        return li;
    }

    /**
     * For each 16-bit lane, whether x's unsigned level is below y's, as the lane's top bit. The low
     * 15 bits are compared by a subtraction that cannot borrow across lanes (x's lane top is set,
     * y's cleared): its top bit is set when x's low bits are at least y's. The top bits decide
     * when they differ.
     */
    private static long lanesBelow(long x, long y) {
        long lowBitsNotBelow = (x | LANE_TOPS) - (y & ~LANE_TOPS);
        return ((~x & y) | (~(x ^ y) & ~lowBitsNotBelow)) & LANE_TOPS;
    }

    /** Along z with labels: kept voxels only (when {@code keep} is given), end labels tracked (when asked). */
    private void addAlongZLabelled(int z, byte[] mask, int[] labels, BitSet keep) {
        boolean track = minLabel != null;
        int n = count.length;
        for (int i = 0; i < n; i++) {
            if (mask[i] == 0) {
                continue;
            }
            int l = labels[i];
            if (keep != null && !keep.get(l)) {
                continue;
            }
            count[i]++;
            if (z < minDepth[i]) {
                minDepth[i] = z;
                if (track) {
                    minLabel[i] = l;
                }
            }
            if (z > maxDepth[i]) {
                maxDepth[i] = z;
                if (track) {
                    maxLabel[i] = l;
                }
            }
        }
    }

    /** Depth of the Li voxel nearest the collector in each column, and whether the column has Li. */
    int[] bottomDepth(CollectorSide side, boolean[] hasLi) {
        int[] bottom = side == CollectorSide.LOW ? minDepth : maxDepth;
        for (int i = 0; i < count.length; i++) {
            hasLi[i] = count[i] > 0;
        }
        return bottom;
    }
}
