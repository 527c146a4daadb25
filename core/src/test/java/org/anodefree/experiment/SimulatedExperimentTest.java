package org.anodefree.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodefree.InputException;
import org.anodefree.cell.CellType;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationSettings;
import org.junit.jupiter.api.Test;

class SimulatedExperimentTest {
    private static SimulatedExperiment experiment() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("cell", "half");
        in.put("protocol", "Plate at {current} mA/cm2 until {capacity} mAh/cm2");
        in.put("full_protocol", "Charge at {current} mA/cm2 until {capacity} mAh/cm2");
        in.put("current", 0.5);
        in.put("capacity", 3);
        in.put("pressure_MPa", 15);
        in.put("fit_seeds", "1-4");
        in.put("judge_seeds", "101-104");
        in.put("grid", 16);
        in.put("pixel_um", 10);
        in.put("set", "lpsc.conductivitySiemensPerMeter=0.2;model.filaments=none");
        return SimulatedExperiment.fromInputs("X", in, List.of(), "X.yaml");
    }

    @Test
    void aChecksAtOverridesInputsAndItsVersusKeysMakeTheDenominator() {
        Map<String, Double> at = Map.of("current", 1.5, "capacity", 1.0, "versus_current", 0.25);
        Map<String, Double> num = experiment().variant(at, false);
        Map<String, Double> den = experiment().variant(at, true);
        assertThat(num).containsEntry("current", 1.5).containsEntry("capacity", 1.0).containsEntry("pressure_MPa", 15.0)
                .doesNotContainKey("versus_current");
        assertThat(den).containsEntry("current", 0.25).containsEntry("capacity", 1.0);
        assertThat(experiment().protocolText(num)).isEqualTo("Plate at 1.5 mA/cm2 until 1 mAh/cm2");
    }

    @Test
    void aVariantsProblemCarriesItsPressureCellOverridesAndSeeds() {
        SimulatedExperiment e = experiment();
        assertThat(e.judgeSeeds()).isEqualTo(SeedSet.range(101, 104));
        assertThat(e.fitSeeds()).isEqualTo(SeedSet.count(4));
        Map<String, Double> v = e.variant(Map.of("pressure_MPa", 40.0, "full_cell", 1.0), false);
        SimulationProblem p = e.problem(v, ModelParameters.defaults(), 0, SimulationSettings.defaults());
        assertThat(p.cell().type()).isEqualTo(CellType.FULL);
        assertThat(p.cell().stackPressurePascals()).isEqualTo(40e6);
        assertThat(p.cell().separatorConductivitySiemensPerMeter()).isEqualTo(0.2);
        assertThat(p.model().filaments()).isInstanceOf(org.anodefree.model.FilamentLaw.None.class);
        assertThat(p.widthPixels()).isEqualTo(16);
        assertThat(e.problem(v, ModelParameters.defaults(), 8, SimulationSettings.defaults()).widthPixels()).isEqualTo(8);
    }

    @Test
    void aPlaceholderWithNoNumberIsAnError() {
        SimulatedExperiment e = experiment();
        Map<String, Double> v = new LinkedHashMap<>(e.variant(Map.of(), false));
        v.remove("capacity");
        assertThatThrownBy(() -> e.protocolText(v)).isInstanceOf(InputException.class).hasMessageContaining("{capacity}");
    }
}
