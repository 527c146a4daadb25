package org.anodefree.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.anodefree.io.tiff.TiffBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to every command that reads maps, volumes or stack values (issue 16): each gives exit code
 * 2, one line on standard error that starts with the command's name and names the option or file,
 * nothing on standard output, and no stack trace.
 */
class BadInputCommandsTest {
    @TempDir
    Path dir;

    /** A bad invocation and a word its message must hold. */
    record Case(String names, String[] args) {
    }

    private static Case bad(String names, String... args) {
        return new Case(names, args);
    }

    private List<String> check(List<Case> cases) {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            CommandLineTest.Run r = CommandLineTest.run(c.args());
            String err = r.err().strip();
            boolean ok = r.exit() == 2 && !err.contains("\n") && err.startsWith("anodefree " + c.args()[0] + ": ")
                    && err.contains(c.names()) && r.out().isEmpty() && !err.contains("Exception");
            if (!ok) {
                wrong.add(String.join(" ", c.args()) + " -> exit " + r.exit() + ", stderr: " + err + ", stdout: "
                        + r.out().strip());
            }
        }
        return wrong;
    }

    private Path map() throws IOException {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "# pixel_size = 2 um\n10,30,10,30\n30,10,30,10\n");
        return m;
    }

    /** A TIFF whose Deflate data are corrupt: ImageJ read it as zeros and printed its error on our stdout. */
    private Path corruptTiff() throws IOException {
        float[] v = new float[16 * 16];
        Arrays.fill(v, 5f);
        Deflater d = new Deflater();
        d.setInput(TiffBytes.floats(v));
        d.finish();
        byte[] strip = new byte[4096];
        int n = d.deflate(strip);
        byte[] b = TiffBytes.grey(16, 16, 32, true, 8, Arrays.copyOf(strip, n)).build();
        for (int i = 18; i < Math.min(n, 30); i++) {
            b[i] ^= 0x5a;
        }
        Path p = dir.resolve("corrupt.tif");
        Files.write(p, b);
        return p;
    }

    @Test
    void currentRejectsBadValuesByOption() throws IOException {
        String m = map().toString();
        String o = dir.resolve("out").toString();
        assertThat(check(List.of(
                bad("--current", "current", "--map", m, "--current", "-1mA/cm2", "--out", o),
                bad("--current", "current", "--map", m, "--current", "0mA/cm2", "--out", o),
                bad("--current", "current", "--map", m, "--current", "1e309mA/cm2", "--out", o),
                bad("--sigma", "current", "--map", m, "--sigma", "-1mS/cm", "--out", o),
                bad("--thickness", "current", "--map", m, "--thickness", "0mm", "--out", o),
                bad("--padding", "current", "--map", m, "--padding", "0", "--out", o),
                bad("--bins", "current", "--map", m, "--bins", "0", "--out", o),
                bad("--level", "current", "--map", m, "--level", "2", "--out", o),
                bad("--kinetics", "current", "--map", m, "--kinetics", "magic", "--out", o),
                bad("--charge-transfer-resistance", "current", "--map", m, "--charge-transfer-resistance", "-1", "--out", o),
                bad("--pixel-size", "current", "--map", m, "--pixel-size", "-2um", "--out", o),
                bad("missing.csv", "current", "--map", dir.resolve("missing.csv").toString(), "--out", o),
                bad("corrupt.tif", "current", "--map", corruptTiff().toString(), "--pixel-size", "1um", "--out", o))))
                .isEmpty();
    }

    @Test
    void energyNamesTheOptionNotTheInternalKey() {
        assertThat(check(List.of(
                bad("--loading", "energy", "--loading", "-1mAh/cm2"),
                bad("--loading", "energy", "--loading", "0mAh/cm2"),
                bad("--loading", "energy", "--loading", "5mA"),
                bad("--utilisation", "energy", "--utilisation", "1.5"),
                bad("--utilisation", "energy", "--utilisation", "0"),
                bad("--excess", "energy", "--excess", "-1mAh/cm2"),
                bad("--set", "energy", "--set", "nothing=1"),
                bad("--set utilisation", "energy", "--set", "utilisation=2"),
                bad("--set separator_thickness_um", "energy", "--set", "separator_thickness_um=-5"),
                bad("missing.yaml", "energy", "--stack", dir.resolve("missing.yaml").toString())))).isEmpty();
    }

    @Test
    void tomoThicknessRejectsCorruptVolumesWithoutPrintingOnStdout() throws IOException {
        String o = dir.resolve("t.tif").toString();
        String tif = corruptTiff().toString();
        Path height = dir.resolve("height.tif");
        Files.write(height, TiffBytes.grey(12, 4, 8, false, 1, new byte[48]).set(257, TiffBytes.LONG, 1, 0xffffffffL).build());
        assertThat(check(List.of(
                bad("corrupt.tif", "tomo-thickness", tif, "-o", o, "--threshold", "auto", "--voxel", "1um", "--json"),
                bad("12 x -1 pixels", "tomo-thickness", height.toString(), "-o", o, "--li-label", "1", "--voxel", "1um"),
                bad("--voxel", "tomo-thickness", height.toString(), "-o", o, "--li-label", "1", "--voxel", "-1um"),
                bad("--threshold", "tomo-thickness", tif, "-o", o, "--threshold", "abc"),
                bad("--otsu-classes", "tomo-thickness", tif, "-o", o, "--threshold", "auto", "--otsu-classes", "5"),
                bad("--min-component", "tomo-thickness", tif, "-o", o, "--li-label", "1", "--min-component", "-1"),
                bad("--threads", "tomo-thickness", tif, "-o", o, "--li-label", "1", "--threads", "0"),
                bad("--passed", "tomo-thickness", tif, "-o", o, "--li-label", "1", "--passed", "-1mAh/cm2"),
                bad("--roi", "tomo-thickness", tif, "-o", o, "--li-label", "1", "--roi", "1,2"),
                bad("--shape", "tomo-thickness", tif, "-o", o, "--li-label", "1", "--raw")))).isEmpty();
    }

    @Test
    void stripSynthAndFitMapRejectBadValues() throws IOException {
        String m = map().toString();
        String o = dir.resolve("s").toString();
        Path npy = dir.resolve("overflow.npy");
        byte[] head = "{'descr': '<f8', 'fortran_order': False, 'shape': (3037000500, 3037000500), }\n".getBytes();
        byte[] b = new byte[10 + head.length + 64];
        System.arraycopy(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) head.length, 0}, 0, b, 0, 10);
        System.arraycopy(head, 0, b, 10, head.length);
        Files.write(npy, b);
        String synth = dir.resolve("synth.tif").toString();
        assertThat(check(List.of(
                bad("--levels", "strip-map", m, "--levels", "2", "--out", o),
                bad("--connectivity", "strip-map", m, "--connectivity", "6", "--out", o),
                bad("--small-island", "strip-map", m, "--small-island", "-1um2", "--out", o),
                bad("overflow.npy", "strip-map", npy.toString(), "--pixel-size", "1um", "--out", o),
                bad("--size", "synth-map", "--size", "-1um", "-o", synth),
                bad("--pixel", "synth-map", "--pixel", "0um", "-o", synth),
                bad("--pixel", "synth-map", "--size", "800um", "--pixel", "1nm", "-o", synth),
                bad("--mean", "synth-map", "--mean", "-5um", "-o", synth),
                bad("--cv", "synth-map", "--cv", "-1", "-o", synth),
                bad("--floor", "synth-map", "--floor", "30um", "--mean", "25um", "-o", synth),
                bad("--correlation", "synth-map", "--correlation", "-1um", "-o", synth),
                bad("--size", "synth-map", "--size", "1e309um", "-o", synth),
                bad("missing.yaml", "fit-map", "--experiment", dir.resolve("missing.yaml").toString())))).isEmpty();
    }
}
