package org.anodefree.tomo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.anodefree.InputException;
import org.junit.jupiter.api.Test;

/**
 * The integer-level fast path (a source that hands out 8/16-bit levels, thresholded in the integer
 * domain and, for the plain count along z, fused with the column update) against the general path
 * (the same voxels as floats, a byte mask, then the column update) on random volumes.
 */
class LevelsFastPathTest {

    /**
     * A random layered volume held in memory: a Li band (dark levels) between two others, with a
     * share of voxels replaced by uniformly random levels so every rule meets voxels on both sides.
     */
    static final class RandomLevels implements VolumeSource {
        final int width;
        final int height;
        final int depth;
        final SampleType type;
        final short[][] slices;
        int levelReads;

        RandomLevels(int width, int height, int depth, SampleType type, long seed) {
            this.width = width;
            this.height = height;
            this.depth = depth;
            this.type = type;
            int max = type.levels() - 1;
            SplittableRandom r = new SplittableRandom(seed);
            slices = new short[depth][width * height];
            for (int z = 0; z < depth; z++) {
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        int bottom = 3 + (x + 2 * y) / 16;
                        int level = z < bottom ? max : z < bottom + 4 ? max / 7 : max / 3;
                        if (r.nextInt(10) == 0) {
                            level = r.nextInt(max + 1);
                        }
                        slices[z][y * width + x] = (short) level;
                    }
                }
            }
        }

        @Override public int width() { return width; }
        @Override public int height() { return height; }
        @Override public int depth() { return depth; }
        @Override public SampleType sampleType() { return type; }
        @Override public OptionalDouble voxelSizeMeters() { return OptionalDouble.empty(); }
        @Override public String name() { return "random levels"; }
        @Override public boolean readsLevels() { return true; }

        @Override
        public void readLevels(int z, byte[] out) {
            levelReads++;
            for (int i = 0; i < width * height; i++) {
                out[2 * i] = (byte) slices[z][i];
                out[2 * i + 1] = (byte) (slices[z][i] >> 8);
            }
        }

        @Override
        public void readSlice(int z, float[] out) {
            for (int i = 0; i < width * height; i++) {
                out[i] = slices[z][i] & 0xffff;
            }
        }
    }

    /** The same volume offered only as floats: the general path. */
    record FloatsOnly(VolumeSource inner) implements VolumeSource {
        @Override public int width() { return inner.width(); }
        @Override public int height() { return inner.height(); }
        @Override public int depth() { return inner.depth(); }
        @Override public SampleType sampleType() { return inner.sampleType(); }
        @Override public OptionalDouble voxelSizeMeters() { return OptionalDouble.empty(); }
        @Override public String name() { return inner.name(); }
        @Override public void readSlice(int z, float[] out) { inner.readSlice(z, out); }
    }

    private static ThicknessExtraction run(VolumeSource v, ExtractionOptions o, int threads) {
        return new ThicknessExtractor(v, o, 1e-6, ProgressListener.NONE).threads(threads).run();
    }

    private static void assertSame(ThicknessExtraction fast, ThicknessExtraction general) {
        assertThat(fast.countThickness()).isEqualTo(general.countThickness());
        assertThat(fast.surfaceThickness()).isEqualTo(general.surfaceThickness());
        assertThat(fast.components()).isEqualTo(general.components());
        assertThat(fast.liColumns()).isEqualTo(general.liColumns());
        assertThat(fast.poreColumns()).isEqualTo(general.poreColumns());
        assertThat(Double.valueOf(fast.tiltDegrees())).isEqualTo(Double.valueOf(general.tiltDegrees()));
        // Double.equals: the same bits, NaN (a label rule) included
        assertThat(Double.valueOf(fast.thresholdGreyLevel())).isEqualTo(Double.valueOf(general.thresholdGreyLevel()));
    }

    @Test
    void fastPathEqualsGeneralPathOnRandomVolumes() {
        int checked = 0;
        for (SampleType type : List.of(SampleType.UINT16, SampleType.UINT8)) {
            int max = type.levels() - 1;
            List<Segmentation> rules = List.of(
                    new Segmentation.Threshold(max / 5, true),
                    new Segmentation.Threshold(max / 5 + 0.5, true),
                    new Segmentation.Threshold(max / 5 - 0.3, false),
                    new Segmentation.Threshold(max + 10.0, true),
                    new Segmentation.Threshold(-0.5, false),
                    new Segmentation.Label(max / 7),
                    new Segmentation.Otsu(true, 2));
            for (long seed = 1; seed <= 3; seed++) {
                // 37 x 29: the band and block edges do not fall on rows
                RandomLevels v = new RandomLevels(37, 29, 12, type, seed);
                for (Segmentation rule : rules) {
                    ExtractionOptions full = ExtractionOptions.defaults(rule).withMinComponentVoxels(3);
                    for (ExtractionOptions o : List.of(full.withoutComponentFilters(), full)) {
                        ThicknessExtraction general = run(new FloatsOnly(v), o, 1);
                        int reads = v.levelReads;
                        for (int threads : new int[] {1, 3}) {
                            assertSame(run(v, o, threads), general);
                        }
                        assertThat(v.levelReads).as("the fast path ran").isGreaterThan(reads);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(2 * 7 * 3 * 2);
    }

    @Test
    void fastPathWithLargeBandsEqualsGeneralPath() {
        // 200 x 180 voxels a slice: large enough for SliceBands to split it over threads.
        RandomLevels v = new RandomLevels(200, 180, 9, SampleType.UINT16, 7);
        ExtractionOptions o = ExtractionOptions.defaults(new Segmentation.Threshold(12000.5, true))
                .withoutComponentFilters();
        ThicknessExtraction general = run(new FloatsOnly(v), o, 1);
        assertSame(run(v, o, 1), general);
        assertSame(run(v, o, 4), general);
        assertThat(general.components().keptVoxels()).isPositive();
    }

    @Test
    void croppedLevelsEqualCroppedFloats() {
        RandomLevels v = new RandomLevels(90, 70, 10, SampleType.UINT16, 9);
        CroppedVolume crop = new CroppedVolume(v, 13, 7, 65, 51);
        for (ExtractionOptions o : List.of(
                ExtractionOptions.defaults(new Segmentation.Threshold(9000, true)).withoutComponentFilters(),
                ExtractionOptions.defaults(new Segmentation.Threshold(9000, true)).withMinComponentVoxels(3))) {
            ThicknessExtraction general = run(new FloatsOnly(crop), o, 1);
            int reads = v.levelReads;
            assertSame(run(crop, o, 2), general);
            assertThat(v.levelReads).isGreaterThan(reads);
            assertThat(general.countThickness().width()).isEqualTo(65);
        }
    }

    @Test
    void noLevelInsideTheRuleIsTheSameErrorOnBothPaths() {
        RandomLevels v = new RandomLevels(20, 20, 5, SampleType.UINT8, 3);
        ExtractionOptions o = ExtractionOptions.defaults(new Segmentation.Threshold(-1, true))
                .withoutComponentFilters();
        assertThatThrownBy(() -> run(v, o, 1)).isInstanceOf(InputException.class)
                .hasMessageContaining("no voxel is at or below the threshold -1.0");
        assertThatThrownBy(() -> run(new FloatsOnly(v), o, 1)).isInstanceOf(InputException.class)
                .hasMessageContaining("no voxel is at or below the threshold -1.0");
    }

    @Test
    void levelRangesFollowTheFloatRule() {
        SplittableRandom r = new SplittableRandom(11);
        for (int k = 0; k < 200; k++) {
            double t = r.nextInt(4) == 0 ? r.nextInt(-3, 65540) : r.nextDouble(-10, 65550);
            for (boolean dark : new boolean[] {true, false}) {
                VoxelClassifier c = VoxelClassifier.forThreshold(t, dark);
                byte[] levels = new byte[2 * 65536];
                float[] floats = new float[65536];
                for (int i = 0; i < 65536; i++) {
                    levels[2 * i] = (byte) i;
                    levels[2 * i + 1] = (byte) (i >> 8);
                    floats[i] = i;
                }
                byte[] fast = new byte[65536];
                byte[] general = new byte[65536];
                assertThat(c.classifyLevels(levels, fast, 0, 65536)).isEqualTo(c.classify(floats, general, 65536));
                assertThat(fast).as("threshold %s dark %s", t, dark).containsExactly(general);
            }
        }
    }

    @Test
    void fusedCountEqualsMaskThenCountAtTheRuleEdges() {
        // Levels just inside and outside the rule, at every position of the four-level words and
        // blocks, mostly alone in their block: the block test must see each one. Blocks all inside
        // the rule (the whole-block update) and all inside but one edge level (the test must tell
        // them apart).
        SplittableRandom r = new SplittableRandom(5);
        int n = 64 * 70 + 13;
        for (int k = 0; k < 300; k++) {
            double t = r.nextInt(3) == 0 ? r.nextInt(-2, 65538) : r.nextDouble(-2, 65538);
            boolean dark = r.nextBoolean();
            VoxelClassifier c = k % 5 == 0 ? VoxelClassifier.forLabel(r.nextInt(65536))
                    : VoxelClassifier.forThreshold(t, dark);
            int[] edges = {c.lowLevel() - 1, c.lowLevel(), c.highLevel(), c.highLevel() + 1, 0, 65535};
            byte[] levels = new byte[2 * n];
            float[] floats = new float[n];
            int blockKind = 0;
            for (int i = 0; i < n; i++) {
                if (i % 64 == 0) {
                    // 0: background with a rare edge level; 1: all Li (levels anywhere in the rule);
                    // 2: all Li but for one edge level
                    blockKind = c.lowLevel() > c.highLevel() ? 0 : r.nextInt(3);
                }
                int background = c.highLevel() < 65535 ? c.highLevel() + 1 : c.lowLevel() > 0 ? c.lowLevel() - 1
                        : r.nextInt(65536);
                int inside = c.lowLevel() > c.highLevel() ? background
                        : r.nextInt(c.lowLevel(), Math.min(65535, c.highLevel()) + 1);
                int v = blockKind == 0 ? (r.nextInt(64) == 0 ? edges[r.nextInt(edges.length)] : background)
                        : blockKind == 1 ? inside : (r.nextInt(64) == 0 ? edges[r.nextInt(edges.length)] : inside);
                v = Math.max(0, Math.min(65535, v));
                levels[2 * i] = (byte) v;
                levels[2 * i + 1] = (byte) (v >> 8);
                floats[i] = v;
            }
            byte[] mask = new byte[n];
            int expected = c.classify(floats, mask, n);
            ColumnProfile general = new ColumnProfile(Axis.Z, n, 1, 9, false);
            ColumnProfile fused = new ColumnProfile(Axis.Z, n, 1, 9, false);
            general.addAlongZ(3, mask, 0, n);
            assertThat(fused.addLevelsAlongZ(3, levels, c.lowLevel(), c.highLevel(), 0, n)).isEqualTo(expected);
            assertThat(fused.count).containsExactly(general.count);
            assertThat(fused.minDepth).containsExactly(general.minDepth);
            assertThat(fused.maxDepth).containsExactly(general.maxDepth);
        }
    }
}
