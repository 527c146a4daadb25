package org.anodefree.tomo;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
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
    private static final VarHandle FOUR_LEVELS = MethodHandles.byteBufferViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    /** One little-endian 16-bit level. */
    private static final VarHandle ONE_LEVEL = MethodHandles.byteBufferViewVarHandle(short[].class,
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
     * (hand-written SWAR because the JIT of Java 17 does not vectorise this reduction, and most
     * blocks of a cell hold no Li); a block with Li, and a partial block at the end, is updated
     * voxel by voxel, branch-free. Returns the Li voxels in [from, to); disjoint ranges may run on
     * different threads.
     */
    int addLevelsAlongZ(int z, byte[] levels, int low, int high, int from, int to) {
        return addLevelsAlongZ(z, ByteBuffer.wrap(levels), low, high, from, to);
    }

    /**
     * {@link #addLevelsAlongZ(int, byte[], int, int, int, int)} on levels in a buffer (little-endian
     * 16-bit from index 0, whatever the buffer's own order): a heap buffer wrapping the extractor's
     * array, or a source's mapped slice read in place ({@link VolumeSource#levelsInPlace}).
     */
    int addLevelsAlongZ(int z, ByteBuffer levels, int low, int high, int from, int to) {
        if (low > high) {
            return 0; // no level is Li
        }
        BlockTest test = BlockTest.of(low, high);
        int li = 0;
        for (int start = from; start < to; start += BLOCK) {
            int end = Math.min(to, start + BLOCK);
            if (end - start == BLOCK) {
                if (!test.anyLi(levels, 2 * start)) {
                    continue;
                }
                long bits = test.liBits(levels, 2 * start);
                if (bits == -1L) {
                    // Inside a layer whole blocks are Li: a loop over the int arrays alone, which the JIT vectorises.
                    for (int i = start; i < end; i++) {
                        count[i]++;
                        minDepth[i] = Math.min(minDepth[i], z);
                        maxDepth[i] = Math.max(maxDepth[i], z);
                    }
                    li += BLOCK;
                } else {
                    // At the layer's edges: visit the Li voxels only, one set bit at a time.
                    li += Long.bitCount(bits);
                    while (bits != 0) {
                        int i = start + Long.numberOfTrailingZeros(bits);
                        bits &= bits - 1;
                        count[i]++;
                        minDepth[i] = Math.min(minDepth[i], z);
                        maxDepth[i] = Math.max(maxDepth[i], z);
                    }
                }
                continue;
            }
            for (int i = start; i < end; i++) {
                int v = (short) ONE_LEVEL.get(levels, 2 * i) & 0xffff;
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
     * Whether a block of {@value #BLOCK} little-endian 16-bit levels holds a level in low..high,
     * tested four levels to a long. The common rules get the shortest test: Li at or below a level
     * under 32768, at or above one from 32768, or equal to a label, each a borrow trick of two or
     * three operations a long (any lane of x below n, n at most 32768:
     * {@code (x - n*LANES) & ~x} has a lane top set; a lane can only borrow from a lane below it
     * that is itself below n, so the answer for the block is exact); any other range
     * compares both ends ({@link #lanesBelow}).
     */
    record BlockTest(int kind, long a, long lowLanes, long highLanes, long top) {
        static final int BELOW = 0;
        static final int ABOVE = 1;
        static final int EQUAL = 2;
        static final int RANGE = 3;
        /** Gathers the lane tops of a long, shifted down to bits 0, 16, 32, 48, into bits 45..48 (no two products meet). */
        private static final long GATHER = 0x0000_2000_4000_8001L;

        static BlockTest of(int low, int high) {
            // The exact lane test of liBits: low <= v and (v < high + 1, or high is the top level).
            long lowLanes = low * LANES;
            long highLanes = high < 65535 ? (high + 1) * LANES : 0;
            long top = high < 65535 ? 0 : LANE_TOPS;
            if (low == 0 && high < 32768) {
                return new BlockTest(BELOW, (high + 1) * LANES, lowLanes, highLanes, top); // any lane < high + 1
            }
            if (high == 65535 && low >= 32768) {
                return new BlockTest(ABOVE, (65536L - low) * LANES, lowLanes, highLanes, top); // any ~lane < 65536 - low
            }
            if (low == high) {
                return new BlockTest(EQUAL, low * LANES, lowLanes, highLanes, top); // any lane of x ^ label is zero
            }
            return new BlockTest(RANGE, 0, lowLanes, highLanes, top);
        }

        boolean anyLi(ByteBuffer levels, int b0) {
            int b1 = b0 + 2 * BLOCK;
            long hit = 0;
            switch (kind) {
                case BELOW -> {
                    for (int k = b0; k < b1; k += 8) {
                        long x = (long) FOUR_LEVELS.get(levels, k);
                        hit |= (x - a) & ~x;
                    }
                }
                case ABOVE -> {
                    for (int k = b0; k < b1; k += 8) {
                        long x = ~(long) FOUR_LEVELS.get(levels, k);
                        hit |= (x - a) & ~x;
                    }
                }
                case EQUAL -> {
                    for (int k = b0; k < b1; k += 8) {
                        long x = (long) FOUR_LEVELS.get(levels, k) ^ a;
                        hit |= (x - LANES) & ~x;
                    }
                }
                default -> {
                    for (int k = b0; k < b1; k += 8) {
                        long x = (long) FOUR_LEVELS.get(levels, k);
                        hit |= inside(x);
                    }
                }
            }
            return (hit & LANE_TOPS) != 0;
        }

        /** The lanes of x whose level is in low..high, as lane tops; exact per lane (no borrow between lanes). */
        long inside(long x) {
            return ~lanesBelow(x, lowLanes) & (lanesBelow(x, highLanes) | top);
        }

        /** Bit j set when voxel j of the block is Li (four lanes per long, the lowest address first). */
        long liBits(ByteBuffer levels, int b0) {
            long bits = 0;
            for (int w = 0; w < BLOCK / 4; w++) {
                long m = inside((long) FOUR_LEVELS.get(levels, b0 + 8 * w));
                long nibble = (((m >>> 15) * GATHER) >>> 45) & 0xF;
                bits |= nibble << (4 * w);
            }
            return bits;
        }
    }

    /**
     * For each 16-bit lane, whether x's unsigned level is below y's, as the lane's top bit. The low
     * 15 bits are compared by a subtraction that cannot borrow across lanes (x's lane top is set,
     * y's cleared): its top bit is set when x's low bits are at least y's. The top bits decide
     * when they differ.
     */
    static long lanesBelow(long x, long y) {
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
