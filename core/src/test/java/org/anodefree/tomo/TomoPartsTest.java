package org.anodefree.tomo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.anodefree.map.ThicknessMap;
import org.junit.jupiter.api.Test;

class TomoPartsTest {

    @Test
    void otsuSplitsTwoSpikesBetweenThem() {
        long[] h = new long[256];
        h[40] = 1000;
        h[200] = 3000;
        int k = OtsuThreshold.splitBin(h);
        assertThat(k).isBetween(40, 199);
        long[] single = new long[256];
        single[7] = 10;
        assertThat(OtsuThreshold.splitBin(single)).isEqualTo(-1);
    }

    @Test
    void otsuOnTwoGaussiansLandsNearTheMidpointForEqualClasses() {
        long[] h = new long[256];
        for (int i = 0; i < 256; i++) {
            h[i] = Math.round(1e5 * (Math.exp(-0.5 * Math.pow((i - 60) / 10.0, 2)) + Math.exp(-0.5 * Math.pow((i - 160) / 10.0, 2))));
        }
        assertThat(OtsuThreshold.splitBin(h)).isBetween(105, 115);
    }

    @Test
    void threeClassOtsuSeparatesThreePhasesWhereTwoClassesCannot() {
        long[] h = new long[256];
        for (int i = 0; i < 256; i++) {
            // Small dark phase (Li), large middle phase (electrolyte), medium bright phase (collector).
            h[i] = Math.round(5e3 * Math.exp(-0.5 * Math.pow((i - 40) / 6.0, 2))
                    + 8e4 * Math.exp(-0.5 * Math.pow((i - 150) / 6.0, 2))
                    + 2e4 * Math.exp(-0.5 * Math.pow((i - 210) / 6.0, 2)));
        }
        assertThat(OtsuThreshold.splitBin(h)).isGreaterThan(150); // two classes split off the collector
        int[] k = OtsuThreshold.splitBins3(h);
        assertThat(k[0]).isBetween(60, 125);
        assertThat(k[1]).isBetween(165, 195);
    }

    @Test
    void threeClassOtsuOnAVolumeFindsTheLiLayer() {
        LayerPhantom p = new LayerPhantom(32, 32, 60); // mostly electrolyte: Li is a thin minority
        p.grey = true;
        p.noiseSigma = 8;
        p.baseVoxels = 12;
        ThicknessExtraction three = ThicknessExtractor.extract(p, ExtractionOptions.defaults(new Segmentation.Otsu(true, 3)),
                1e-6, null);
        assertThat(three.thresholdGreyLevel()).isBetween(75.0, 125.0);
        assertThat(three.countThickness().statistics().meanMeters() / 1e-6).isCloseTo(6.0, within(0.3));
    }

    @Property(tries = 200)
    void quickselectMedianEqualsSortedMedian(@ForAll @Size(27) float[] values) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        float[] work = values.clone();
        float m = MedianFilter.select(work, 27, 13);
        assertThat(Float.compare(m, sorted[13]) == 0 || m == sorted[13]).isTrue();
    }

    @Test
    void medianFilterRemovesAnIsolatedVoxelAndKeepsAFlatField() {
        int w = 5;
        int h = 4;
        float[] flat = new float[w * h];
        Arrays.fill(flat, 10);
        float[] spike = flat.clone();
        spike[2 * w + 2] = 1000;
        float[] out = new float[w * h];
        MedianFilter.median3(flat, spike, flat, w, h, out, new float[27]);
        for (float v : out) {
            assertThat(v).isEqualTo(10f);
        }
    }

    @Property(tries = 100)
    void majorityMaskEqualsThresholdedMedian(@ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 6) int w,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 6) int h,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 6) int d, @ForAll boolean dark, @ForAll long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        float[][] vol = new float[d][w * h];
        for (float[] s : vol) {
            for (int i = 0; i < s.length; i++) {
                s[i] = r.nextInt(10);
            }
        }
        VolumeSource src = new VolumeSource() {
            @Override public int width() { return w; }
            @Override public int height() { return h; }
            @Override public int depth() { return d; }
            @Override public SampleType sampleType() { return SampleType.UINT8; }
            @Override public java.util.OptionalDouble voxelSizeMeters() { return java.util.OptionalDouble.empty(); }
            @Override public String name() { return "random"; }
            @Override public void readSlice(int z, float[] out) { System.arraycopy(vol[z], 0, out, 0, w * h); }
        };
        VoxelClassifier c = VoxelClassifier.forThreshold(4.5, dark);
        MaskedSlices fast = new MaskedSlices(src, c, true, () -> { }, new SliceBands(1));
        byte[] mask = new byte[w * h];
        byte[] ref = new byte[w * h];
        float[] med = new float[w * h];
        for (int z = 0; z < d; z++) {
            fast.next(mask);
            assertThat(fast.values()).containsExactly(vol[z]);
            MedianFilter.median3(vol[Math.max(0, z - 1)], vol[z], vol[Math.min(d - 1, z + 1)], w, h, med, new float[27]);
            c.classify(med, ref, w * h);
            assertThat(mask).containsExactly(ref);
        }
    }

    @Test
    void planeIsRecoveredExactlyAndOutliersIgnored() {
        int w = 30;
        int h = 20;
        int[] depth = new int[w * h];
        boolean[] valid = new boolean[w * h];
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                depth[v * w + u] = (int) Math.round(10 + 0.2 * u + 0.1 * v); // voxelised tilted plane
                valid[v * w + u] = true;
            }
        }
        depth[3 * w + 4] = 60; // debris far above
        depth[15 * w + 25] = 0; // speck far below
        InterfaceSurface s = InterfaceSurface.fit(1, depth, valid, w, h);
        assertThat(s.columnsUsed()).isEqualTo(w * h - 2);
        assertThat(s.depthAt(15, 10) - s.depthAt(14, 10)).isCloseTo(0.2, within(0.02));
        assertThat(s.depthAt(15, 10) - s.depthAt(15, 9)).isCloseTo(0.1, within(0.02));
        assertThat(s.cosineAt(0, 0)).isCloseTo(1 / Math.sqrt(1 + 0.04 + 0.01), within(2e-3));
    }

    @Test
    void quadraticSurfaceFitsABowlExactly() {
        int w = 40;
        int h = 40;
        int[] depth = new int[w * h];
        boolean[] valid = new boolean[w * h];
        double[] exact = new double[w * h];
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                exact[v * w + u] = 5 + 0.01 * (u - 20) * (u - 20) + 0.02 * (v - 10) * (v - 10);
                depth[v * w + u] = (int) Math.round(exact[v * w + u]);
                valid[v * w + u] = true;
            }
        }
        InterfaceSurface s = InterfaceSurface.fit(2, depth, valid, w, h);
        assertThat(s.depthAt(20, 10)).isCloseTo(5, within(0.3));
        assertThat(s.depthAt(0, 39)).isCloseTo(exact[39 * w], within(0.5));
    }

    @Test
    void reportConvertsThicknessToCapacityAndComparesWithPassedCharge() {
        double t = 4.85e-6 * 2; // 2 mAh/cm2 of dense Li
        double[] th = new double[100];
        Arrays.fill(th, t);
        th[0] = 0;
        ThicknessMap m = ThicknessMap.of(10, 10, 1e-6, th);
        ThicknessExtraction e = new ThicknessExtraction(m, m, InterfaceSurface.flat(3), Double.NaN,
                new ComponentSummary(1, 0, 0, 0, 0, 99), 99, 0);
        ThicknessReport r = ThicknessReport.of(e, 2.5);
        assertThat(r.capacityMilliampHoursPerCm2()).isCloseTo(2 * 0.99, within(0.01));
        assertThat(r.capacityOverPassed()).isCloseTo(2 * 0.99 / 2.5, within(0.005));
        assertThat(r.bareFraction()).isEqualTo(0.01);
        assertThat(r.minMicrometers()).isZero();
        assertThat(r.medianMicrometers()).isCloseTo(9.7, within(1e-9));
        assertThat(ThicknessReport.of(e, Double.NaN).capacityOverPassed()).isNaN();
    }
}
