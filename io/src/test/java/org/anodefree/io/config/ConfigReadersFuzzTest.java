package org.anodefree.io.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.anodefree.SharedData;
import org.anodefree.cell.StackDesign;
import org.anodefree.fuzz.FileFuzz;
import org.anodefree.fuzz.FuzzRun;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.protocol.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutants of every configuration file ({@link FuzzRun#mutants()} per reader): protocols in the text
 * language, YAML and JSON, the parameter file, stack files and experiment files. Each is read or
 * rejected with an InputException, in time; a protocol that is read prints to text that reads back
 * equal.
 */
class ConfigReadersFuzzTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private FuzzRun.Outcome protocols(String name, String extension, List<byte[]> seeds) throws IOException {
        Path work = Files.createDirectories(dir.resolve(name));
        return FileFuzz.run(name, seeds, FileFuzz.Mutation.text(), work, extension, f -> {
            Protocol p = ProtocolFiles.read(f);
            assertThat(Protocol.parse(p.toText(), "printed")).isEqualTo(p);
        });
    }

    @Test
    void textProtocols() throws IOException {
        check(protocols("protocol text", ".txt", List.of(utf8(ProtocolFilesTest.TEXT),
                utf8("Repeat 3 times:\n    Repeat 2 times:\n        Plate at 1 mA/cm2 until 1 mAh/cm2 or 2 h\n"
                        + "        Strip at 1 mA/cm2 until 1 V\n    Rest for 5 min\n"))));
    }

    @Test
    void yamlProtocols() throws IOException {
        check(protocols("protocol yaml", ".yaml", List.of(utf8(ProtocolFilesTest.YAML))));
    }

    @Test
    void jsonProtocols() throws IOException {
        String json = "{\"steps\": [\"Plate at 0.5 mA/cm2 until 3 mAh/cm2\", {\"repeat\": 10, \"steps\": ["
                + "{\"strip\": {\"at\": \"0.5 mA/cm2\", \"until\": [\"1.5 mAh/cm2\", \"1 V\"]}},"
                + " {\"plate\": {\"at\": \"0.5 mA/cm2\", \"until\": \"1.5 mAh/cm2\"}}]},"
                + " {\"rest\": {\"for\": \"10 min\"}}, {\"hold\": {\"at\": \"4.3 V\", \"until\": \"0.05 mA/cm2 or 2 h\"}}]}";
        check(protocols("protocol json", ".json", List.of(utf8(json))));
    }

    @Test
    void parameterFiles() throws IOException {
        byte[] seed;
        try (InputStream in = ModelParameters.class.getResourceAsStream("/parameters/default.yaml")) {
            seed = in.readAllBytes();
        }
        Path work = Files.createDirectories(dir.resolve("parameters"));
        check(FileFuzz.run("parameter file", List.of(seed), FileFuzz.Mutation.text(), work, ".yaml",
                f -> {
                    ModelParameters p = ModelParameters.read(Files.readString(f), f.toString());
                    for (org.anodefree.parameters.Parameter k : org.anodefree.parameters.Parameter.values()) {
                        assertThat(p.value(k)).as(k.key()).isFinite();
                    }
                }));
    }

    @Test
    void stackFiles() throws IOException {
        byte[] seed;
        try (InputStream in = StackDesign.class.getResourceAsStream(StackFiles.DEFAULT_RESOURCE)) {
            seed = in.readAllBytes();
        }
        Path work = Files.createDirectories(dir.resolve("stack"));
        check(FileFuzz.run("stack file", List.of(seed, utf8("{\"utilisation\": 0.5, \"cathode_loading_mAh_per_cm2\": 3}")),
                FileFuzz.Mutation.text(), work, ".yaml", f -> {
                    var e = StackFiles.read(f).energy();
                    assertThat(e.dischargedWhPerLiter()).isFinite();
                    assertThat(e.whPerKg()).isFinite();
                }));
    }

    @Test
    void experimentFiles() throws IOException {
        List<byte[]> seeds;
        try (Stream<Path> files = Files.list(SharedData.repositoryRoot().resolve("experiments"))) {
            seeds = files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(seeds).isNotEmpty();
        Path work = Files.createDirectories(dir.resolve("experiments"));
        check(FileFuzz.run("experiment file", seeds, FileFuzz.Mutation.text(), work, ".yaml", f -> {
            for (org.anodefree.experiment.Check c : ExperimentFiles.read(f).checks()) {
                assertThat(c.reported()).isFinite();
                c.at().values().forEach(v -> assertThat(v).isFinite());
            }
        }));
    }

    private static void check(FuzzRun.Outcome o) {
        o.check();
    }
}
