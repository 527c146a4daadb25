package org.anodefree.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that writes checks its --out (or -o) first and leaves a manifest of the run (issue 16). */
class OutputFolderCommandsTest {
    @TempDir
    Path dir;

    @Test
    void anUnwritableOutFailsBeforeAnyWork() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        String bad = file.resolve("out").toString();
        // The inputs are missing too: the --out error comes first, so nothing was read or computed.
        String missing = dir.resolve("missing.csv").toString();
        String[][] runs = {
            {"strip-map", missing, "--out", bad},
            {"current", "--map", missing, "--out", bad},
            {"analyze", missing, "--out", bad},
            {"tomo-thickness", missing, "-o", bad + "/t.tif", "--li-label", "1"},
            {"synth-map", "-o", bad + "/m.tif"},
            {"simulate", "--cell", "half", "--protocol", "Plate at 1 mA/cm2 until 1 mAh/cm2", "--seeds", "1", "--grid", "8",
                "--out", bad},
        };
        for (String[] args : runs) {
            CommandLineTest.Run r = CommandLineTest.run(args);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip()).as(args[0]).doesNotContain("\n").contains("cannot write there")
                    .startsWith("anodefree " + args[0] + ": -");
        }
    }

    @Test
    void aRunLeavesACompleteManifestAndARerunAfterAKillIsMarked() throws Exception {
        Path map = dir.resolve("m.csv");
        Files.writeString(map, "# pixel_size = 2 um\n10,30,10,30\n30,10,30,10\n");
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("strip-map", map.toString(), "--levels", "0.5", "--out", out.toString(),
                "--no-figures");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode m = Json.mapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(m.path("status").asText()).isEqualTo("complete");
        assertThat(m.path("command").asText()).isEqualTo("strip-map");
        assertThat(m.path("arguments").get(0).asText()).isEqualTo("strip-map");
        assertThat(m.path("inputs").get(0).path("sha256").asText()).hasSize(64);
        assertThat(m.path("parameters").path("levels").asText()).isEqualTo("0.5");

        // A run killed while writing: its manifest still says running and a temporary file is left.
        String killed = Files.readString(out.resolve("manifest.json")).replace("\"complete\"", "\"running\"")
                .replaceAll("\"pid\" : \\d+", "\"pid\" : 2147483647");
        Files.writeString(out.resolve("manifest.json"), killed);
        Files.writeString(out.resolve(".summary.json4821937465123.tmp"), "{\"half");
        r = CommandLineTest.run("strip-map", map.toString(), "--levels", "0.5", "--out", out.toString(), "--no-figures");
        assertThat(r.exit()).as(r.err()).isZero();
        m = Json.mapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(m.path("status").asText()).isEqualTo("complete");
        assertThat(m.path("previousRun").path("status").asText()).isEqualTo("running");
        assertThat(m.path("staleTempFilesRemoved").asInt()).isEqualTo(1);
        assertThat(out.resolve(".summary.json4821937465123.tmp")).doesNotExist();
    }

    @Test
    void aFailedRunIsMarkedFailed() throws Exception {
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("strip-map", dir.resolve("missing.csv").toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        JsonNode m = Json.mapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(m.path("status").asText()).isEqualTo("failed");
        assertThat(m.path("error").asText()).contains("missing.csv");
    }
}
