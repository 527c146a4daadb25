package org.anodefree.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the commands as a user would and checks what they print and write. */
class CommandLineTest {
    @TempDir
    Path dir;

    /** Exit code, stdout and stderr of one command. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            CommandLine cli = AnodefreeCommand.commandLine();
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            return new Run(code, buf.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void stripMapReportsLevelsAsJsonAndWritesFigures() throws Exception {
        Path map = dir.resolve("m.csv");
        // Half the pixels 10 um, half 30 um.
        Files.writeString(map, "# pixel_size = 2 um\n10,30,10,30\n30,10,30,10\n");
        Path out = dir.resolve("out");
        Run r = run("strip-map", map.toString(), "--levels", "0.25,75%", "--out", out.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = Json.mapper().readTree(r.out());
        assertThat(doc.path("levels").get(0).path("activeFraction").asDouble()).isEqualTo(1.0);
        assertThat(doc.path("levels").get(1).path("strippedFraction").asDouble()).isEqualTo(0.75);
        assertThat(doc.path("levels").get(1).path("activeFraction").asDouble()).isEqualTo(0.5);
        assertThat(doc.path("levels").get(1).path("currentDensityMultiplier").asDouble()).isEqualTo(2.0);
        assertThat(doc.path("levels").get(1).path("islands").path("count").asInt()).isEqualTo(1);
        assertThat(doc.path("stats").path("meanMicrometres").asDouble()).isEqualTo(20.0);
        assertThat(out.resolve("summary.json")).exists();
        assertThat(out.resolve("curve.png")).exists();
        assertThat(out.resolve("curve.svg")).exists();
        assertThat(out.resolve("curve.csv")).exists();
        assertThat(out.resolve("snapshot-075.png")).exists();
    }

    @Test
    void badInputIsOneClearLineAndExitTwo() throws Exception {
        Path map = dir.resolve("bad.csv");
        Files.writeString(map, "# pixel_size = 2 um\n10,30\n30,-1\n");
        Run r = run("strip-map", map.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.csv").contains("line 3, column 2").doesNotContain("Exception");
        Run noUnit = run("strip-map", map.toString(), "--pixel-size", "1.7");
        assertThat(noUnit.exit()).isEqualTo(2);
        assertThat(noUnit.err()).contains("--pixel-size").contains("no unit");
    }

    @Test
    void synthMapThenStripMapRoundTrip() throws Exception {
        Path map = dir.resolve("synth.npy");
        Run s = run("synth-map", "--size", "100um", "--pixel", "2um", "--mean", "20um", "--cv", "0.4",
                "--correlation", "10um", "--seed", "3", "-o", map.toString());
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat(dir.resolve("synth.png")).exists();
        Run r = run("strip-map", map.toString(), "--pixel-size", "2um", "--levels", "0.5", "--json",
                "--out", dir.resolve("o").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = Json.mapper().readTree(r.out());
        assertThat(doc.path("stats").path("width").asInt()).isEqualTo(50);
        assertThat(doc.path("stats").path("meanMicrometres").asDouble()).isBetween(19.0, 21.0);
    }

    @Test
    void energyPrintsBothStacks() throws Exception {
        Run r = run("energy", "--loading", "5mAh/cm2", "--utilisation", "0.5", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = Json.mapper().readTree(r.out());
        double full = Json.mapper().readTree(run("energy", "--loading", "5mAh/cm2", "--json").out())
                .path("anodeFree").path("dischargedWhPerLiter").asDouble();
        assertThat(doc.path("anodeFree").path("dischargedWhPerLiter").asDouble()).isCloseTo(full / 2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(doc.path("volumeRatioAnodeFreeToLiExcessDischarged").asDouble()).isLessThan(1.0);
        assertThat(run("energy", "--set", "nonsense=1").exit()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"reproduce", "strip-map", "synth-map", "fit-map", "energy"}) {
            Run r = run(c, "--help");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Usage: anodefree " + c);
        }
    }
}
