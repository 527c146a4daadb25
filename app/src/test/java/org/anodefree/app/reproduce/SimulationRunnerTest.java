package org.anodefree.app.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodefree.io.config.Experiment;
import org.junit.jupiter.api.Test;

class SimulationRunnerTest {
    private static Experiment experiment() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("cell", "half");
        in.put("protocol", "Plate at {current} mA/cm2 until {capacity} mAh/cm2");
        in.put("current", 0.5);
        in.put("capacity", 3);
        in.put("pressure_MPa", 15);
        return new Experiment("X", "t", "", "simulate", in, List.of(), "", Path.of("X.yaml"));
    }

    @Test
    void aChecksAtOverridesInputsAndItsVersusKeysMakeTheDenominator() {
        Map<String, Double> at = Map.of("current", 1.5, "capacity", 1.0, "versus_current", 0.25);
        Map<String, Double> num = SimulationRunner.variant(experiment(), at, false);
        Map<String, Double> den = SimulationRunner.variant(experiment(), at, true);
        assertThat(num).containsEntry("current", 1.5).containsEntry("capacity", 1.0).containsEntry("pressure_MPa", 15.0)
                .doesNotContainKey("versus_current");
        assertThat(den).containsEntry("current", 0.25).containsEntry("capacity", 1.0);
    }
}
