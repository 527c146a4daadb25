package org.anodefree.tomo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.anodefree.InputException;
import org.anodefree.map.ThicknessMap;
import org.junit.jupiter.api.Test;

class ThicknessExtractorTest {
    private static final double VOXEL = 1e-6;
    private static final Segmentation LI_LABEL = new Segmentation.Label(LayerPhantom.LI);

    /** Smooth field from 3 to 11 voxels with a period of the map. */
    private static LayerPhantom wavy(int w, int h, int d) {
        LayerPhantom p = new LayerPhantom(w, h, d);
        p.thicknessTenths = (x, y) -> (int) Math.round(70 + 40 * Math.sin(2 * Math.PI * x / w) * Math.cos(2 * Math.PI * y / h));
        return p;
    }

    private static ThicknessExtraction extract(VolumeSource v, ExtractionOptions o) {
        return ThicknessExtractor.extract(v, o, VOXEL, ProgressListener.NONE);
    }

    /** Largest |extracted - truth| over the map, in voxels. */
    private static double worstErrorVoxels(ThicknessMap m, LayerPhantom p) {
        double worst = 0;
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                worst = Math.max(worst, Math.abs(m.thicknessMeters(y, x) / VOXEL - p.truthVoxels(x, y)));
            }
        }
        return worst;
    }

    @Test
    void flatLabelLayerMatchesTruthWithinHalfAVoxel() {
        LayerPhantom p = wavy(40, 32, 24);
        ThicknessExtraction e = extract(p, ExtractionOptions.defaults(LI_LABEL));
        assertThat(worstErrorVoxels(e.countThickness(), p)).isLessThanOrEqualTo(0.5);
        assertThat(e.countThickness()).isEqualTo(e.surfaceThickness());
        assertThat(e.tiltDegrees()).isLessThan(1e-9);
        assertThat(e.components().components()).isEqualTo(1);
        assertThat(e.poreColumns()).isZero();
        assertThat(e.thresholdGreyLevel()).isNaN();
    }

    @Test
    void tiltedLayerIsMeasuredAlongTheNormalWithinOneVoxel() {
        LayerPhantom p = wavy(64, 48, 30);
        p.slopeX = Math.tan(Math.toRadians(4));
        p.slopeY = Math.tan(Math.toRadians(-2.5));
        ThicknessExtraction e = extract(p, ExtractionOptions.defaults(LI_LABEL));
        assertThat(worstErrorVoxels(e.countThickness(), p)).isLessThanOrEqualTo(1.0);
        double trueTilt = Math.toDegrees(Math.acos(p.cosine()));
        assertThat(e.tiltDegrees()).isCloseTo(trueTilt, within(0.3));
        // Without the normal correction a 4.7 degree tilt would bias every column by 0.34%: measurable on the mean.
        double meanTruth = 0;
        for (int y = 0; y < p.height; y++) {
            for (int x = 0; x < p.width; x++) {
                meanTruth += p.truthVoxels(x, y);
            }
        }
        meanTruth /= p.width * p.height;
        assertThat(e.countThickness().statistics().meanMeters() / VOXEL).isCloseTo(meanTruth, within(0.15));
    }

    @Test
    void quadraticSurfaceFollowsACurvedCollector() {
        LayerPhantom p = new LayerPhantom(48, 48, 40) {
            @Override
            int phase(int x, int y, int z) {
                // Bowl-shaped collector: depth grows with distance from the centre.
                double r2 = (x - 24) * (x - 24) + (y - 24) * (y - 24);
                double top = 4 + r2 / 150.0;
                double zc = z + 0.5;
                return zc < top ? COLLECTOR : zc < top + 6 ? LI : ELECTROLYTE;
            }
        };
        ThicknessExtraction e = extract(p, ExtractionOptions.defaults(LI_LABEL).withSurfaceOrder(2));
        assertThat(e.surface().rmsResidualVoxels()).isLessThan(0.5);
        assertThat(e.countThickness().thicknessMeters(24, 24) / VOXEL).isCloseTo(6, within(1.0));
        assertThat(e.countThickness().thicknessMeters(2, 2) / VOXEL).isLessThan(6);
    }

    @Test
    void holesAreBareExactly() {
        LayerPhantom p = wavy(40, 40, 24);
        p.thicknessTenths = (x, y) -> (x - 20) * (x - 20) + (y - 20) * (y - 20) < 64 ? 0 : 80;
        ThicknessExtraction e = extract(p, ExtractionOptions.defaults(LI_LABEL));
        ThicknessMap m = e.countThickness();
        int bare = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                assertThat(m.thicknessMeters(y, x) / VOXEL).isCloseTo(p.truthVoxels(x, y), within(0.5));
                bare += p.truthVoxels(x, y) == 0 ? 1 : 0;
            }
        }
        assertThat(m.statistics().bareFraction()).isEqualTo(bare / 1600.0);
        assertThat(e.liColumns()).isEqualTo(1600 - bare);
    }

    @Test
    void specksAndDetachedLiAreRemovedAndCounted() {
        LayerPhantom p = wavy(40, 40, 30);
        p.box(5, 5, 22, 7, 7, 24);      // speck in the electrolyte, 8 voxels
        p.box(30, 8, 1, 32, 10, 2);     // speck in the collector, 4 voxels
        p.box(15, 15, 20, 27, 27, 26);  // detached Li slab above the layer, 864 voxels
        ThicknessExtraction e = extract(p, ExtractionOptions.defaults(LI_LABEL));
        assertThat(worstErrorVoxels(e.countThickness(), p)).isLessThanOrEqualTo(0.5);
        assertThat(e.components().speckComponents()).isEqualTo(2);
        assertThat(e.components().speckVoxels()).isEqualTo(12);
        assertThat(e.components().detachedComponents()).isEqualTo(1);
        assertThat(e.components().detachedVoxels()).isEqualTo(864);

        ThicknessExtraction raw = extract(p, ExtractionOptions.defaults(LI_LABEL).withoutComponentFilters());
        assertThat(raw.countThickness().thicknessMeters(20, 20) / VOXEL)
                .isCloseTo(p.truthVoxels(20, 20) + 6, within(0.5));
        assertThat(raw.components().keptVoxels()).isEqualTo(e.components().keptVoxels() + 876);
    }

    @Test
    void observerSeesKeptAndRemovedLiOfTheLastPass() {
        LayerPhantom p = wavy(24, 24, 24);
        p.box(2, 2, 20, 4, 4, 22);
        long[] seen = new long[3];
        ThicknessExtraction e = new ThicknessExtractor(p, ExtractionOptions.defaults(LI_LABEL), VOXEL, null)
                .observeLastPass((z, values, li) -> {
                    for (int i = 0; i < li.length; i++) {
                        seen[li[i]]++;
                        assertThat(li[i] != 0).isEqualTo(values[i] == LayerPhantom.LI);
                    }
                }).run();
        assertThat(seen[SliceObserver.KEPT]).isEqualTo(e.components().keptVoxels());
        assertThat(seen[SliceObserver.REMOVED]).isEqualTo(8);
    }

    @Test
    void poresMakeSurfaceDistanceExceedVoxelCount() {
        LayerPhantom p = wavy(32, 32, 24);
        p.thicknessTenths = (x, y) -> 90;
        p.poreAt = (x, y) -> x >= 8 && x < 16 && y >= 4 && y < 20 ? 1 : 0;
        p.poreFrom = 3;
        p.poreHeight = 2;
        ThicknessExtraction e = extract(p, ExtractionOptions.defaults(LI_LABEL));
        assertThat(e.poreColumns()).isEqualTo(8 * 16);
        assertThat(e.countThickness().thicknessMeters(10, 10) / VOXEL).isCloseTo(7, within(0.5));
        assertThat(e.surfaceThickness().thicknessMeters(10, 10) / VOXEL).isCloseTo(9, within(0.5));
        assertThat(e.countThickness().thicknessMeters(25, 25)).isEqualTo(e.surfaceThickness().thicknessMeters(25, 25));
    }

    @Test
    void noisyGreyVolumeWithOtsuAndMedianMatchesTruth() {
        LayerPhantom p = wavy(48, 48, 20);
        p.grey = true;
        p.noiseSigma = 22;
        p.seed = 7;
        ExtractionOptions o = ExtractionOptions.defaults(new Segmentation.Otsu(true)).withMedianFilter(true);
        ThicknessExtraction e = extract(p, o);
        assertThat(e.thresholdGreyLevel()).isBetween(75.0, 125.0);
        ThicknessMap m = e.countThickness();
        int within1 = 0;
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                within1 += Math.abs(m.thicknessMeters(y, x) / VOXEL - p.truthVoxels(x, y)) <= 1.0 ? 1 : 0;
            }
        }
        assertThat(within1).isGreaterThanOrEqualTo((int) (0.995 * 48 * 48));
        // Same seed, same map, bit for bit.
        assertThat(extract(p, o).countThickness()).isEqualTo(m);
    }

    @Test
    void givenThresholdOnBrightLiSelectsTheOtherSide() {
        LayerPhantom p = wavy(24, 24, 20);
        p.grey = true;
        ThicknessExtraction dark = extract(p, ExtractionOptions.defaults(new Segmentation.Threshold(100, true)));
        assertThat(worstErrorVoxels(dark.countThickness(), p)).isLessThanOrEqualTo(0.5);
        // "Li" above 160 is the collector slab: it touches nothing below it, so it is attached at z = 0 side.
        ThicknessExtraction bright = extract(p, ExtractionOptions.defaults(new Segmentation.Threshold(160, false)));
        assertThat(bright.countThickness().thicknessMeters(0, 0) / VOXEL).isCloseTo(4, within(0.5));
    }

    @Test
    void otherAxesAndHighCollectorGiveTheSameMap() {
        LayerPhantom p = wavy(20, 16, 18);
        ThicknessMap reference = extract(p, ExtractionOptions.defaults(LI_LABEL)).countThickness();
        // Same cell with the layer crossing x: volume (x', y', z') = (z, y, x) of the phantom.
        VolumeSource alongX = new PermutedVolume(p, PermutedVolume.Order.ZYX);
        ThicknessMap mx = extract(alongX, ExtractionOptions.defaults(LI_LABEL).withAxis(Axis.X)).countThickness();
        // Map of axis X: rows z' (= phantom x), columns y' (= phantom y): the transpose.
        assertThat(mx.width()).isEqualTo(16);
        assertThat(mx.height()).isEqualTo(20);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 20; x++) {
                assertThat(mx.thicknessMeters(x, y)).isEqualTo(reference.thicknessMeters(y, x));
            }
        }
        VolumeSource alongY = new PermutedVolume(p, PermutedVolume.Order.XZY);
        ThicknessMap my = extract(alongY, ExtractionOptions.defaults(LI_LABEL).withAxis(Axis.Y)).countThickness();
        assertThat(my).isEqualTo(reference);
        VolumeSource flipped = new PermutedVolume(p, PermutedVolume.Order.XY_FLIPPED_Z);
        ThicknessMap mh = extract(flipped, ExtractionOptions.defaults(LI_LABEL)
                .withCollectorSide(CollectorSide.HIGH)).countThickness();
        // The flipped fit may differ from a flat plane in the last bit of its slope.
        for (int i = 0; i < reference.size(); i++) {
            assertThat(mh.thicknessMeters(i)).isCloseTo(reference.thicknessMeters(i), within(1e-15));
        }
    }

    @Test
    void anyThreadCountGivesTheSameMapsBitForBit() {
        LayerPhantom p = wavy(96, 64, 20);
        p.grey = true;
        p.noiseSigma = 25;
        p.slopeX = Math.tan(Math.toRadians(2));
        for (ExtractionOptions o : new ExtractionOptions[] {
            ExtractionOptions.defaults(new Segmentation.Threshold(100, true)).withoutComponentFilters(),
            ExtractionOptions.defaults(new Segmentation.Otsu(true)),
        }) {
            ThicknessExtraction one = new ThicknessExtractor(p, o, VOXEL, null).threads(1).run();
            for (int t : new int[] {2, 3, 5}) {
                ThicknessExtraction many = new ThicknessExtractor(p, o, VOXEL, null).threads(t).run();
                assertThat(many.countThickness()).isEqualTo(one.countThickness());
                assertThat(many.surfaceThickness()).isEqualTo(one.surfaceThickness());
                assertThat(many.components()).isEqualTo(one.components());
            }
        }
    }

    @Test
    void streamsEachSliceOncePerPass() {
        LayerPhantom p = wavy(16, 16, 12);
        extract(p, ExtractionOptions.defaults(LI_LABEL));
        assertThat(p.reads).isEqualTo(2 * 12);
        p.reads = 0;
        extract(p, ExtractionOptions.defaults(LI_LABEL).withoutComponentFilters());
        assertThat(p.reads).isEqualTo(12);
    }

    @Test
    void progressReachesTheTotal() {
        LayerPhantom p = wavy(16, 16, 12);
        p.grey = true;
        long[] last = new long[2];
        ThicknessExtractor.extract(p, ExtractionOptions.defaults(new Segmentation.Otsu(true)), VOXEL,
                (done, total) -> { last[0] = done; last[1] = total; });
        assertThat(last[0]).isEqualTo(last[1]).isEqualTo(4 * 12);
    }

    @Test
    void labelThatNeverOccursIsAClearError() {
        LayerPhantom p = wavy(16, 16, 12);
        assertThatThrownBy(() -> extract(p, ExtractionOptions.defaults(new Segmentation.Label(7))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("label 7 never occurs")
                .hasMessageContaining("labels present: 1, 2, 3");
    }

    @Test
    void badOptionsAreClearErrors() {
        assertThatThrownBy(() -> Axis.parse("w", "--axis")).isInstanceOf(InputException.class)
                .hasMessageContaining("axis 'w' does not exist");
        assertThatThrownBy(() -> ExtractionOptions.defaults(LI_LABEL).withMedianFilter(true))
                .isInstanceOf(InputException.class).hasMessageContaining("grey-level");
        LayerPhantom p = wavy(8, 8, 8);
        assertThatThrownBy(() -> ThicknessExtractor.extract(p, ExtractionOptions.defaults(LI_LABEL), Double.NaN, null))
                .isInstanceOf(InputException.class).hasMessageContaining("voxel size");
        assertThatThrownBy(() -> new CroppedVolume(p, 4, 4, 8, 2)).isInstanceOf(InputException.class)
                .hasMessageContaining("does not fit");
    }

    @Test
    void regionOfInterestCropsTheMap() {
        LayerPhantom p = wavy(40, 32, 24);
        ThicknessMap full = extract(p, ExtractionOptions.defaults(LI_LABEL)).countThickness();
        ThicknessMap roi = extract(new CroppedVolume(p, 5, 7, 20, 10), ExtractionOptions.defaults(LI_LABEL))
                .countThickness();
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) {
                assertThat(roi.thicknessMeters(y, x)).isEqualTo(full.thicknessMeters(y + 7, x + 5));
            }
        }
    }
}
