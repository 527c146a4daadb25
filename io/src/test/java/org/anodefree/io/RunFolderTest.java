package org.anodefree.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.anodefree.InputException;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode read(Path manifest) throws IOException {
        return JSON.readTree(manifest.toFile());
    }

    @Test
    void manifestIsRunningThenCompleteWithInputHashesAndParameterHash() throws Exception {
        Path input = dir.resolve("map.csv");
        Files.writeString(input, "1,2\n");
        Path out = dir.resolve("out");
        RunFolder.commandLine(List.of("strip-map", "map.csv", "--out", "out"));
        RunFolder run = RunFolder.folder("strip-map", out, List.of(input, dir.resolve("missing.csv")), Map.of("levels", "0.5"));
        JsonNode m = read(out.resolve(RunFolder.MANIFEST));
        assertThat(m.path("status").asText()).isEqualTo("running");
        assertThat(m.path("command").asText()).isEqualTo("strip-map");
        assertThat(m.path("arguments").get(3).asText()).isEqualTo("out");
        assertThat(m.path("started").asText()).isNotEmpty();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("1,2\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(m.path("inputs").get(0).path("sha256").asText()).isEqualTo(expected);
        assertThat(m.path("inputs").get(0).path("bytes").asLong()).isEqualTo(4);
        assertThat(m.path("inputs").get(1).path("sha256").isNull()).isTrue();
        assertThat(m.path("parameters").path("levels").asText()).isEqualTo("0.5");
        assertThat(m.has("finished")).isFalse();
        run.complete();
        JsonNode done = read(out.resolve(RunFolder.MANIFEST));
        assertThat(done.path("status").asText()).isEqualTo("complete");
        assertThat(done.path("finished").asText()).isNotEmpty();
        assertThat(done.path("parameterSha256").asText()).isEqualTo(m.path("parameterSha256").asText()).hasSize(64);
    }

    @Test
    void parameterHashFollowsTheValuesNotTheirOrder() throws IOException {
        ModelParameters p = ModelParameters.defaults();
        RunFolder.folder("a", dir.resolve("a"), List.of(), RunFolder.parameters(p)).complete();
        RunFolder.folder("b", dir.resolve("b"), List.of(), RunFolder.parameters(p)).complete();
        RunFolder.folder("c", dir.resolve("c"), List.of(), RunFolder.parameters(p.with(Parameter.LPSC_CONDUCTIVITY, 0.2)))
                .complete();
        String a = read(dir.resolve("a").resolve(RunFolder.MANIFEST)).path("parameterSha256").asText();
        assertThat(read(dir.resolve("b").resolve(RunFolder.MANIFEST)).path("parameterSha256").asText()).isEqualTo(a);
        assertThat(read(dir.resolve("c").resolve(RunFolder.MANIFEST)).path("parameterSha256").asText()).isNotEqualTo(a);
        assertThat(read(dir.resolve("a").resolve(RunFolder.MANIFEST)).path("parameters")
                .path("lpsc.conductivitySiemensPerMeter").asDouble()).isPositive();
    }

    @Test
    void aFolderThatCannotBeWrittenFailsAtOnce() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> RunFolder.folder("current", file.resolve("out"), List.of(), Map.of()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("--out " + file.resolve("out"))
                .hasMessageContaining("cannot write there");
        assertThatThrownBy(() -> RunFolder.file("tomo-thickness", file.resolve("map.tif"), List.of(), Map.of()))
                .hasMessageStartingWith("-o ");
    }

    @Test
    void aKilledRunIsNamedAndItsTemporaryFilesRemoved() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out").resolve("seed-1"));
        Path summary = dir.resolve("out").resolve("summary.json");
        Files.writeString(summary, "{}");
        Path stale = dir.resolve("out").resolve(".summary.json8134092384712.tmp");
        Path staleInSeed = out.resolve(".timeseries.csv5523401982734.tmp");
        Path notOurs = dir.resolve("out").resolve(".keep.tmp");
        for (Path p : List.of(stale, staleInSeed, notOurs)) {
            Files.writeString(p, "half");
        }
        // What a killed run leaves: its manifest still says running, in a process that is gone.
        Files.writeString(dir.resolve("out").resolve(RunFolder.MANIFEST), "{\"status\": \"running\", \"command\": \"simulate\","
                + " \"started\": \"2026-01-01T00:00:00Z\", \"pid\": 2147483647, \"host\": \"elsewhere\"}");
        RunFolder run = RunFolder.folder("simulate", dir.resolve("out"), List.of(), Map.of());
        JsonNode m = read(run.manifest());
        assertThat(m.path("previousRun").path("status").asText()).isEqualTo("running");
        assertThat(m.path("previousRun").path("started").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(m.path("staleTempFilesRemoved").asInt()).isEqualTo(2);
        assertThat(m.path("filesBefore").asInt()).isEqualTo(2); // summary.json and .keep.tmp
        assertThat(stale).doesNotExist();
        assertThat(staleInSeed).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(summary).exists();
    }

    @Test
    void aFailedRunIsMarkedFailed() throws IOException {
        RunFolder run = RunFolder.file("synth-map", dir.resolve("m.tif"), List.of(), Map.of());
        assertThat(run.manifest()).isEqualTo(dir.resolve("m.manifest.json"));
        RunFolder.failActive("m.tif: something went wrong");
        JsonNode m = read(run.manifest());
        assertThat(m.path("status").asText()).isEqualTo("failed");
        assertThat(m.path("error").asText()).contains("something went wrong");
        RunFolder.failActive("nothing is active now");
        assertThat(read(run.manifest()).path("error").asText()).contains("something went wrong");
    }
}
