package org.anodefree.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.io.Opener;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import com.fasterxml.jackson.databind.JsonNode;
import org.anodefree.io.map.MapReadOptions;
import org.anodefree.io.map.ThicknessMapFiles;
import org.anodefree.map.StrippingAnalysis;
import org.anodefree.map.ThicknessMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TomoThicknessCommandTest {
    static final int W = 40;
    static final int H = 30;
    static final int D = 20;

    @TempDir
    Path dir;

    /** Li thickness in voxels at (x, y): 2 to 9, bare in one corner. */
    static int thickness(int x, int y) {
        return x < 6 && y < 6 ? 0 : 2 + (x + 2 * y) % 8;
    }

    private Path labelStack(boolean calibrated) {
        ImageStack st = new ImageStack(W, H);
        for (int z = 0; z < D; z++) {
            ByteProcessor bp = new ByteProcessor(W, H);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    bp.set(x, y, z < 4 ? 1 : z < 4 + thickness(x, y) ? 2 : 3);
                }
            }
            st.addSlice(bp);
        }
        ImagePlus imp = new ImagePlus("labels", st);
        if (calibrated) {
            Calibration c = imp.getCalibration();
            c.pixelWidth = c.pixelHeight = c.pixelDepth = 1.7;
            c.setUnit("micron");
        }
        Path p = dir.resolve(calibrated ? "labels.tif" : "nocal.tif");
        new FileSaver(imp).saveAsTiffStack(p.toString());
        return p;
    }

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = AnodefreeCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = cli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void labelVolumeGivesMapPicturesAndStatistics() {
        Path in = labelStack(true);
        Path map = dir.resolve("out/map.tif");
        Run r = run("tomo-thickness", in.toString(), "--li-label", "2", "--passed", "0.5mAh/cm2", "-o", map.toString(),
                "--extent-out", dir.resolve("out/extent.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("capacity").contains("% of the 0.500 mAh/cm2 passed");
        assertThat(dir.resolve("out/map.png")).isNotEmptyFile();
        assertThat(dir.resolve("out/map-slices.png")).isNotEmptyFile();
        // A dense layer: the extent map equals the thickness map (float32 TIFF vs text CSV: 1e-11 m).
        double[] extent = ThicknessMapFiles.read(dir.resolve("out/extent.csv")).thicknessesMeters();
        double[] thickness = ThicknessMapFiles.read(map).thicknessesMeters();
        for (int i = 0; i < extent.length; i++) {
            assertThat(extent[i]).isCloseTo(thickness[i], within(1e-11));
        }
        ImagePlus m = new Opener().openImage(map.toString());
        assertThat(m.getWidth()).isEqualTo(W);
        assertThat(m.getHeight()).isEqualTo(H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                assertThat((double) m.getProcessor().getPixelValue(x, y)).isCloseTo(thickness(x, y) * 1.7,
                        org.assertj.core.api.Assertions.within(1e-4));
            }
        }
    }

    @Test
    void roundTripVolumeToMapToStripping() throws IOException {
        Path in = labelStack(true);
        for (String ext : new String[] {"csv", "tif", "npy"}) {
            Path map = dir.resolve("rt/map." + ext);
            Run r = run("tomo-thickness", in.toString(), "--li-label", "2", "--no-plots", "-o", map.toString());
            assertThat(r.code()).as(r.err()).isZero();
            // The map read back is the truth: same shape, pixel size from the volume, thickness per voxel.
            // NPY holds no pixel size: it is given on reading, as strip-map's --pixel-size does.
            boolean npy = ext.equals("npy");
            ThicknessMap read = ThicknessMapFiles.read(map, npy ? new MapReadOptions(1.7e-6, null) : MapReadOptions.FROM_FILE);
            double[] truth = new double[W * H];
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    truth[y * W + x] = thickness(x, y) * 1.7e-6;
                    assertThat(read.thicknessMeters(y, x)).isCloseTo(truth[y * W + x], within(1e-11));
                }
            }
            assertThat(read.pixelSizeMeters()).isCloseTo(1.7e-6, within(1e-12));
            StrippingAnalysis fromVolume = StrippingAnalysis.of(read);
            StrippingAnalysis fromTruth = StrippingAnalysis.of(ThicknessMap.of(W, H, 1.7e-6, truth));
            for (double f : new double[] {0.25, 0.64, 0.85}) {
                assertThat(fromVolume.atStrippedFraction(f).activeFraction())
                        .isCloseTo(fromTruth.atStrippedFraction(f).activeFraction(), within(1e-9));
            }
            // And the file goes straight into strip-map.
            Run strip = npy
                    ? run("strip-map", map.toString(), "--pixel-size", "1.7um", "--json", "--no-figures", "--out",
                            dir.resolve("rt/strip-" + ext).toString())
                    : run("strip-map", map.toString(), "--json", "--no-figures", "--out", dir.resolve("rt/strip-" + ext).toString());
            assertThat(strip.code()).as(strip.err()).isZero();
            assertThat(strip.out()).contains("activeFraction");
        }
    }

    @Test
    void jsonStatisticsAndRoi() throws IOException {
        Path in = labelStack(true);
        Run r = run("tomo-thickness", in.toString(), "--li-label=2", "--roi", "10,10,20,10", "--json", "--no-plots",
                "-o", dir.resolve("roi.tif").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("mapWidth").asInt()).isEqualTo(20);
        assertThat(j.get("mapHeight").asInt()).isEqualTo(10);
        assertThat(j.get("statistics").get("bareFraction").asDouble()).isZero();
        assertThat(j.get("statistics").get("capacityOverPassed").isNull()).isTrue();
        double mean = 0;
        for (int y = 10; y < 20; y++) {
            for (int x = 10; x < 30; x++) {
                mean += thickness(x, y) * 1.7 / 200;
            }
        }
        assertThat(j.get("statistics").get("meanMicrometers").asDouble()).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void noisyRawGreyVolumeWithOtsu() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(W * H * D * 2).order(ByteOrder.BIG_ENDIAN);
        SplittableRandom rnd = new SplittableRandom(3);
        for (int z = 0; z < D; z++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    int base = z < 4 ? 30000 : z < 4 + thickness(x, y) ? 9000 : 22000;
                    b.putShort((short) (base + rnd.nextInt(-2000, 2000)));
                }
            }
        }
        Path raw = dir.resolve("grey.raw");
        Files.write(raw, b.array());
        Run r = run("tomo-thickness", raw.toString(), "--raw", "--shape", W + "," + H + "," + D, "--dtype", "uint16",
                "--big-endian", "--voxel", "2um", "--threshold", "auto", "--json", "-o", dir.resolve("g.tif").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("thresholdGreyLevel").asDouble()).isBetween(10000.0, 20000.0);
        assertThat(j.get("statistics").get("maxMicrometers").asDouble()).isEqualTo(18.0);
        Run three = run("tomo-thickness", raw.toString(), "--raw", "--shape", W + "," + H + "," + D, "--dtype", "uint16",
                "--big-endian", "--voxel", "2um", "--threshold", "auto", "--otsu-classes", "3", "--json",
                "--no-plots", "-o", dir.resolve("g3.tif").toString());
        assertThat(three.code()).as(three.err()).isZero();
        JsonNode j3 = Json.mapper().readTree(three.out());
        assertThat(j3.get("thresholdGreyLevel").asDouble()).isBetween(10000.0, 20000.0);
        assertThat(j3.get("statistics").get("meanMicrometers").asDouble())
                .isEqualTo(j.get("statistics").get("meanMicrometers").asDouble());
    }

    @Test
    void clearErrors() {
        Path nocal = labelStack(false);
        Run r = run("tomo-thickness", nocal.toString(), "--li-label", "2", "-o", dir.resolve("a.tif").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("voxel size is not in the file").contains("--voxel");

        r = run("tomo-thickness", nocal.toString(), "--li-label", "2", "--voxel", "1um", "--axis", "w",
                "-o", dir.resolve("a.tif").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("axis 'w' does not exist");

        r = run("tomo-thickness", nocal.toString(), "--li-label", "5", "--voxel", "1um", "-o", dir.resolve("a.tif").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("label 5 never occurs").contains("labels present: 1, 2, 3");

        r = run("tomo-thickness", nocal.toString(), "--voxel", "1um", "-o", dir.resolve("a.tif").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("exactly one of --li-label");
    }
}
