package org.anodefree.app.reproduce;

import org.anodefree.experiment.Check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodefree.InputException;
import org.anodefree.io.config.Experiment;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOptionsTest {
    private static Experiment experiment() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("cell", "half");
        in.put("protocol", "Plate at 1 mA/cm2 until 0.1 mAh/cm2");
        in.put("fit_seeds", "1-8");
        in.put("judge_seeds", "101-108");
        in.put("grid", 64);
        Check plateau = Check.prediction("plateau", "plateau_mV", Map.of(), -50, null);
        return new Experiment("X", "t", "", "simulate", in, List.of(plateau), "", Path.of("X.yaml"));
    }

    @Test
    void optionsOverrideGridSeedsAndBaseParametersAndCanSkipFiles(@TempDir Path out) throws Exception {
        ModelParameters slow = ModelParameters.defaults().with(Parameter.LI_EXCHANGE_CURRENT_DENSITY, 5.0);
        Outcome fast = new SimulationRunner(new RunOptions(ModelParameters.defaults(), 8, null, 1, false)).run(experiment(), out);
        Outcome sluggish = new SimulationRunner(new RunOptions(slow, 8, null, 1, false)).run(experiment(), out);
        assertThat(fast.details().get(0)).contains("8 x 8", "1 seeds");
        assertThat(fast.estimates().get(0).members()).isEqualTo(1);
        assertThat(fast.figures()).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        // A tenth of the exchange current density polarises the plating plateau further (more negative).
        assertThat(sluggish.estimates().get(0).median()).isLessThan(fast.estimates().get(0).median() - 1);
    }

    @Test
    void aOnePixelGridOrANegativeJudgeLimitIsRejected() {
        assertThatThrownBy(() -> new RunOptions(ModelParameters.defaults(), 1, null, 0, true))
                .isInstanceOf(InputException.class);
        assertThatThrownBy(() -> new RunOptions(ModelParameters.defaults(), 0, null, -1, true))
                .isInstanceOf(InputException.class);
        assertThat(RunOptions.defaults().writeFiles()).isTrue();
    }
}
