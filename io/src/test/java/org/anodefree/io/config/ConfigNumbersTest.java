package org.anodefree.io.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anodefree.InputException;
import org.anodefree.parameters.ModelParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers that are not finite, or not numbers, in configuration files are errors naming the file and field (issue 16). */
class ConfigNumbersTest {
    @TempDir
    Path dir;

    private static final String EXPERIMENT = """
            id: X1
            kind: stack-energy
            inputs:
              loading_mAh_per_cm2: LOADING
            checks:
              - name: a check
                quantity: q
                at: {utilisation: AT}
                reported: REPORTED
                band: {relative: BAND}
                label: prediction
            """;

    private Path experiment(String loading, String at, String reported, String band) throws IOException {
        Path p = dir.resolve("x.yaml");
        Files.writeString(p, EXPERIMENT.replace("LOADING", loading).replace("AT", at).replace("REPORTED", reported)
                .replace("BAND", band));
        return p;
    }

    @Test
    void experimentNumbersMustBeFinite() throws IOException {
        ExperimentFiles.read(experiment("5.0", "1.0", "1500", "0.05"));
        assertThatThrownBy(() -> ExperimentFiles.read(experiment("1.0e+309", "1.0", "1500", "0.05")))
                .isInstanceOf(InputException.class).hasMessageContaining("x.yaml: inputs.loading_mAh_per_cm2");
        assertThatThrownBy(() -> ExperimentFiles.read(experiment("5", "-1.0e+309", "1500", "0.05")))
                .hasMessageContaining("checks[1].at.utilisation").hasMessageContaining("finite number");
        assertThatThrownBy(() -> ExperimentFiles.read(experiment("5", ".nan", "1500", "0.05")))
                .isInstanceOf(InputException.class).hasMessageContaining("x.yaml").hasMessageContaining(".nan");
        assertThatThrownBy(() -> ExperimentFiles.read(experiment("5", "one", "1500", "0.05")))
                .hasMessageContaining("checks[1].at.utilisation");
        assertThatThrownBy(() -> ExperimentFiles.read(experiment("5", "1", "1.0e+400", "0.05")))
                .hasMessageContaining("checks[1].reported");
        assertThatThrownBy(() -> ExperimentFiles.read(experiment("5", "1", "1500", "-1.5e+999")))
                .hasMessageContaining("checks[1].band.relative");
    }

    @Test
    void stackValuesMustBeFiniteAndGiveAFiniteStack() throws IOException {
        Path infinite = dir.resolve("infinite.yaml");
        Files.writeString(infinite, "utilisation: {value: 1.0e+999}\n");
        assertThatThrownBy(() -> StackFiles.read(infinite)).isInstanceOf(InputException.class)
                .hasMessageContaining("infinite.yaml").hasMessageContaining("utilisation");
        Path huge = dir.resolve("huge.yaml");
        Files.writeString(huge, "separator_thickness_um: {value: 1.0e+300}\nanode_collector_thickness_um: {value: 1.0e+300}\n"
                + "electrolyte_density_g_per_cm3: {value: 1.0e+300}\n");
        assertThatThrownBy(() -> StackFiles.read(huge).energy()).isInstanceOf(InputException.class)
                .hasMessageContaining("far outside");
        Path tiny = dir.resolve("tiny.yaml");
        Files.writeString(tiny, "active_density_g_per_cm3: {value: 1.0e-320}\n");
        assertThatThrownBy(() -> StackFiles.read(tiny).energy()).isInstanceOf(InputException.class)
                .hasMessageContaining("active_density_g_per_cm3");
    }

    @Test
    void parameterValuesMustBeFinite() throws IOException {
        String text;
        try (InputStream in = ModelParameters.class.getResourceAsStream("/parameters/default.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String bad = text.replaceFirst("value: 0\\.010\\b", "value: 1e309");
        assertThatThrownBy(() -> ModelParameters.read(bad, "p.yaml")).isInstanceOf(InputException.class)
                .hasMessageContaining("p.yaml");
    }
}
