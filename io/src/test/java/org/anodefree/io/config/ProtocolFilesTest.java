package org.anodefree.io.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.anodefree.InputException;
import org.anodefree.protocol.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocolFilesTest {
    static final String TEXT = """
            Plate at 0.5 mA/cm2 until 3 mAh/cm2
            Repeat 100 times:
                Strip at 0.5 mA/cm2 until 1.5 mAh/cm2 or 1 V
                Plate at 0.5 mA/cm2 until 1.5 mAh/cm2
            Rest for 10 min
            Charge at 0.5 mA/cm2 until 4.3 V
            Discharge at 0.5 mA/cm2 until 2.5 V
            Hold at 4.3 V until 0.05 mA/cm2 or 2 h
            """;

    static final String YAML = """
            steps:
              - Plate at 0.5 mA/cm2 until 3 mAh/cm2
              - repeat: 100
                steps:
                  - strip: {at: 0.5 mA/cm2, until: [1.5 mAh/cm2, 1 V]}
                  - plate: {at: 0.5mA/cm2, until: 1.5 mAh/cm2}
              - rest: {for: 10 min}
              - Charge: {at: 0.5 mA/cm2, until: 4.3 V}
              - discharge: {at: 5 A/m2, until: 2500 mV}
              - hold: {at: 4.3 V, until: 0.05 mA/cm2 or 2 h}
            """;

    @Test
    void yamlJsonAndTextGiveTheSameRecords(@TempDir Path dir) throws Exception {
        Protocol fromText = Protocol.parse(TEXT, "text");
        assertThat(ProtocolFiles.readYaml(YAML, "p.yaml")).isEqualTo(fromText);
        String json = """
                [ "Plate at 0.5 mA/cm2 until 3 mAh/cm2",
                  {"repeat": 100, "steps": [
                      {"strip": {"at": "0.5 mA/cm2", "until": "1.5 mAh/cm2 or 1 V"}},
                      {"plate": {"at": "0.5 mA/cm2", "until": ["1.5 mAh/cm2"]}}]},
                  {"rest": {"for": "600 s"}},
                  {"charge": {"at": "0.5 mA/cm2", "until": "4.3 V"}},
                  {"discharge": {"at": "0.5 mA/cm2", "until": "2.5 V"}},
                  {"hold": {"at": "4.3 V", "until": ["0.05 mA/cm2", "120 min"]}} ]
                """;
        assertThat(ProtocolFiles.readJson(json, "p.json")).isEqualTo(fromText);
        Path y = dir.resolve("p.yml");
        Files.writeString(y, YAML);
        Path t = dir.resolve("p.txt");
        Files.writeString(t, fromText.toText());
        assertThat(ProtocolFiles.read(y)).isEqualTo(ProtocolFiles.read(t));
    }

    @Test
    void errorsNameTheFieldPathAndTheBadValue() {
        assertThatThrownBy(() -> ProtocolFiles.readYaml("- plate: {at: 0.5, until: 1 h}\n", "p.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessage("p.yaml: [0].plate.at: 0.5 has no unit; write it with one, e.g. '0.5 mA/cm2'");
        assertThatThrownBy(() -> ProtocolFiles.readYaml("steps:\n  - repeat: 0\n    steps: [\"Rest for 1 s\"]\n", "p.yaml"))
                .hasMessage("p.yaml: steps[0].repeat: a block must repeat at least once, got 0");
        assertThatThrownBy(() -> ProtocolFiles.readYaml("- strip: {at: 1 mA/cm2, until: [1 kg]}\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml: [0].strip.until[0]: '1 kg': expected a unit after 1");
        assertThatThrownBy(() -> ProtocolFiles.readYaml("- plate: {at: 1 mA/cm2, untl: 1 h}\n", "p.yaml"))
                .hasMessageContaining("[0].plate: unknown field 'untl'; expected at, until");
        assertThatThrownBy(() -> ProtocolFiles.readYaml("- swim: {for: 1 h}\n", "p.yaml"))
                .hasMessageContaining("unknown step 'swim'");
        assertThatThrownBy(() -> ProtocolFiles.readYaml("- Plate at 1 mA/cm2 until 3 kg\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml: [0]: column 27: expected a unit after 3");
        assertThatThrownBy(() -> ProtocolFiles.readJson("[{\"rest\": {\"for\": \"1 s\"}", "p.json"))
                .hasMessageStartingWith("p.json:1:");
    }

    @Test
    void commandLineArgumentIsAFileOrProtocolText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cycle.txt");
        Files.writeString(f, TEXT);
        assertThat(ProtocolFiles.fromArgument(f.toString())).isEqualTo(Protocol.parse(TEXT, "t"));
        assertThat(ProtocolFiles.fromArgument("Plate at 1 mA/cm2 until 5 mAh/cm2; Strip at 1 mA/cm2 until 1 V"))
                .isEqualTo(Protocol.parse("Plate at 1 mA/cm2 until 5 mAh/cm2\nStrip at 1 mA/cm2 until 1 V\n", "t"));
        assertThatThrownBy(() -> ProtocolFiles.fromArgument(dir.resolve("missing.yaml").toString()))
                .isInstanceOf(InputException.class).hasMessageEndingWith("missing.yaml: no such file");
        assertThatThrownBy(() -> ProtocolFiles.fromArgument("Plate at 1 mA/cm2"))
                .hasMessageStartingWith("--protocol:1:18: expected 'until' but the line ends");
    }

    /** {@code depth} repeat blocks nested in JSON (also valid YAML) around one step. */
    static String nestedJson(int depth) {
        return "{\"steps\": " + "[{\"repeat\": 2, \"steps\": ".repeat(depth) + "[\"Plate at 1 mA/cm2 until 1 mAh/cm2\"]"
                + "}]".repeat(depth) + "}";
    }

    @Test
    void deeplyNestedRepeatsAreOneError() {
        // Issue 16: 4,000 nested blocks overflowed the stack in the text parser; the structured forms are bounded too.
        for (int depth : new int[] {65, 900, 4000}) {
            assertThatThrownBy(() -> ProtocolFiles.readJson(nestedJson(depth), "deep.json"))
                    .isInstanceOf(InputException.class).hasMessageStartingWith("deep.json");
            assertThatThrownBy(() -> ProtocolFiles.readYaml(nestedJson(depth), "deep.yaml"))
                    .isInstanceOf(InputException.class).hasMessageStartingWith("deep.yaml");
        }
        assertThat(ProtocolFiles.readJson(nestedJson(64), "ok.json").stepCount()).isEqualTo(Long.MAX_VALUE);
    }
}
