package org.anodefree.io.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ColorProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.anodefree.InputException;
import org.anodefree.map.ThicknessMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThicknessMapFilesTest {
    @TempDir
    Path dir;

    @Provide
    Arbitrary<ThicknessMap> maps() {
        Arbitrary<Integer> side = Arbitraries.integers().between(1, 12);
        return Combinators.combine(side, side, Arbitraries.doubles().between(0.1, 10).ofScale(3), Arbitraries.longs())
                .as((w, h, pixelUm, seed) -> {
                    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                    double[] t = new double[w * h];
                    boolean[] inside = new boolean[w * h];
                    boolean masked = r.nextBoolean();
                    for (int i = 0; i < t.length; i++) {
                        t[i] = r.nextDouble() * 60e-6;
                        inside[i] = !masked || i == 0 || r.nextDouble() < 0.8;
                    }
                    return new ThicknessMap(w, h, pixelUm * 1e-6, t, masked ? inside : null);
                });
    }

    @Property(tries = 40)
    void everyFormatRoundTrips(@ForAll("maps") ThicknessMap map) throws IOException {
        Path tmp = Files.createTempDirectory("maps");
        for (String ext : new String[] {"csv", "tif", "npy"}) {
            Path f = tmp.resolve("map." + ext);
            ThicknessMapFiles.write(f, map);
            MapReadOptions opts = ext.equals("npy") ? new MapReadOptions(map.pixelSizeMeters(), null) : MapReadOptions.FROM_FILE;
            ThicknessMap back = ThicknessMapFiles.read(f, opts);
            assertThat(back.width()).isEqualTo(map.width());
            assertThat(back.height()).isEqualTo(map.height());
            assertThat(back.pixelSizeMeters()).as(ext).isCloseTo(map.pixelSizeMeters(), within((ext.equals("tif") ? 1e-5 : 1e-12) * map.pixelSizeMeters()));
            double tol = ext.equals("tif") ? 1e-11 : 1e-18; // float32 in TIFF
            for (int i = 0; i < map.size(); i++) {
                assertThat(back.isInside(i)).as(ext + " mask " + i).isEqualTo(map.isInside(i));
                assertThat(back.thicknessMeters(i)).as(ext + " pixel " + i).isCloseTo(map.thicknessMeters(i), within(tol));
            }
        }
    }

    @Test
    void csvHeaderGivesPixelSizeAndUnit() throws IOException {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, "# pixel_size = 2 um\n# thickness_unit = mm\n0.01,0.02\n0.03,0.04\n");
        ThicknessMap m = ThicknessMapFiles.read(f);
        assertThat(m.pixelSizeMeters()).isCloseTo(2e-6, within(1e-18));
        assertThat(m.thicknessMeters(1, 1)).isCloseTo(40e-6, within(1e-15));
        ThicknessMap overridden = ThicknessMapFiles.read(f, new MapReadOptions(5e-6, 1e-6));
        assertThat(overridden.pixelSizeMeters()).isEqualTo(5e-6);
        assertThat(overridden.thicknessMeters(1, 1)).isCloseTo(0.04e-6, within(1e-18));
    }

    @Test
    void badCsvNamesTheFileAndPlace() throws IOException {
        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "# pixel_size = 1 um\n1,2\n3,NaN\n");
        assertThatThrownBy(() -> ThicknessMapFiles.read(nan)).isInstanceOf(InputException.class)
                .hasMessageContaining("nan.csv").hasMessageContaining("line 3, column 2").hasMessageContaining("NaN");
        Path negative = dir.resolve("neg.csv");
        Files.writeString(negative, "# pixel_size = 1 um\n1,-2\n");
        assertThatThrownBy(() -> ThicknessMapFiles.read(negative)).hasMessageContaining("line 2, column 2")
                .hasMessageContaining("-2");
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "# pixel_size = 1 um\n1,2,3\n4,5\n");
        assertThatThrownBy(() -> ThicknessMapFiles.read(ragged)).hasMessageContaining("ragged.csv:3")
                .hasMessageContaining("2 values");
        Path word = dir.resolve("word.csv");
        Files.writeString(word, "# pixel_size = 1 um\n1,x2\n");
        assertThatThrownBy(() -> ThicknessMapFiles.read(word)).hasMessageContaining("word.csv:2:2");
        Path noPixel = dir.resolve("nopixel.csv");
        Files.writeString(noPixel, "1,2\n");
        assertThatThrownBy(() -> ThicknessMapFiles.read(noPixel)).hasMessageContaining("pixel size")
                .hasMessageContaining("--pixel-size");
        Path badUnit = dir.resolve("unit.csv");
        Files.writeString(badUnit, "# pixel_size = 1 parsec\n1\n");
        assertThatThrownBy(() -> ThicknessMapFiles.read(badUnit)).hasMessageContaining("parsec");
    }

    @Test
    void badBinaryFilesAreClearErrors() throws IOException {
        ThicknessMap m = ThicknessMap.of(4, 3, 1e-6, new double[12]);
        Path npy = dir.resolve("m.npy");
        ThicknessMapFiles.write(npy, m);
        byte[] all = Files.readAllBytes(npy);
        Path truncated = dir.resolve("short.npy");
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length - 9));
        assertThatThrownBy(() -> ThicknessMapFiles.read(truncated, new MapReadOptions(1e-6, null)))
                .isInstanceOf(InputException.class).hasMessageContaining("short.npy").hasMessageContaining("byte");
        assertThatThrownBy(() -> ThicknessMapFiles.read(npy)).hasMessageContaining("pixel size");
        Path junk = dir.resolve("junk.npy");
        Files.writeString(junk, "hello");
        assertThatThrownBy(() -> ThicknessMapFiles.read(junk, new MapReadOptions(1e-6, null)))
                .isInstanceOf(InputException.class).hasMessageContaining("junk.npy");
        Path rgb = dir.resolve("rgb.tif");
        new FileSaver(new ImagePlus("c", new ColorProcessor(3, 3))).saveAsTiff(rgb.toString());
        assertThatThrownBy(() -> ThicknessMapFiles.read(rgb, new MapReadOptions(1e-6, null)))
                .isInstanceOf(InputException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> ThicknessMapFiles.read(dir.resolve("m.png")))
                .isInstanceOf(InputException.class);
    }

    @Test
    void failedWriteLeavesTheOldFile() throws IOException {
        Path f = dir.resolve("keep.csv");
        Files.writeString(f, "old");
        assertThatThrownBy(() -> org.anodefree.io.AtomicFiles.write(f, out -> {
            out.write("partial".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(InputException.class).hasMessageContaining("keep.csv");
        assertThat(Files.readString(f)).isEqualTo("old");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("keep.csv");
        }
    }
}
