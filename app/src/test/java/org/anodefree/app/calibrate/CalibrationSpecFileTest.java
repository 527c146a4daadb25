package org.anodefree.app.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anodefree.InputException;
import org.anodefree.io.config.Experiment;
import org.anodefree.io.config.ExperimentFiles;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationSpecFileTest {
    private static final org.anodefree.experiment.SeedSet FIT = org.anodefree.experiment.SeedSet.count(1);
    private static final org.anodefree.experiment.SeedSet JUDGE = org.anodefree.experiment.SeedSet.range(101, 102);

    private static Path write(Path dir, String text) throws Exception {
        return Files.writeString(dir.resolve("spec.yaml"), text);
    }

    @Test
    void aSpecReadsParametersTargetsAndSettings(@TempDir Path dir) throws Exception {
        CalibrationSpec s = CalibrationSpecFile.read(write(dir, """
                optimizer: CMAES
                fit_seeds: 1-2
                judge_seeds: 101-104
                grid: 16
                budget: 7
                wall_time_minutes: 0.5
                parameters:
                  - {key: nucleation.overpotentialVolts, min: 0.01, max: 0.2, scale: log}
                  - {key: kinetics.transferCoefficient, min: 0.3, max: 0.7}
                experiments:
                  - F1b
                  - {id: F2, checks: [a, b], weight: 2}
                """));
        assertThat(s.optimizer()).isEqualTo("cmaes");
        assertThat(s.fitSeeds()).isEqualTo(org.anodefree.experiment.SeedSet.count(2));
        assertThat(s.judgeSeeds()).isEqualTo(org.anodefree.experiment.SeedSet.range(101, 104));
        assertThat(s.gridPixels()).isEqualTo(16);
        assertThat(s.budget()).isEqualTo(7);
        assertThat(s.wallSeconds()).isEqualTo(30);
        assertThat(s.pull()).isEqualTo(0.01);
        assertThat(s.parameters().get(0)).isEqualTo(new FreeParameter(Parameter.NUCLEATION_OVERPOTENTIAL, 0.01, 0.2, true));
        assertThat(s.parameters().get(1).logScale()).isFalse();
        assertThat(s.targets()).containsExactly(new CalibrationSpec.Target("F1b", List.of(), 1),
                new CalibrationSpec.Target("F2", List.of("a", "b"), 2));
        assertThat(s.withBudget(3).budget()).isEqualTo(3);
    }

    @Test
    void mistakesAreErrorsThatNameTheFileAndTheField(@TempDir Path dir) throws Exception {
        String ok = "fit_seeds: 1-8\njudge_seeds: 101-132\n"
                + "parameters:\n  - {key: kinetics.transferCoefficient, min: 0.3, max: 0.7}\nexperiments: [F1b]\n";
        assertThatThrownBy(() -> CalibrationSpecFile.read(write(dir, ok + "budjet: 3\n")))
                .isInstanceOf(InputException.class).hasMessageContaining("unknown field 'budjet'");
        assertThatThrownBy(() -> CalibrationSpecFile.read(write(dir, ok.replace("kinetics.transferCoefficient", "nope"))))
                .hasMessageContaining("parameters[1]").hasMessageContaining("unknown parameter 'nope'");
        assertThatThrownBy(() -> CalibrationSpecFile.read(write(dir, ok.replace("max: 0.7", "max: 2"))))
                .hasMessageContaining("outside the sensible range");
        assertThatThrownBy(() -> CalibrationSpecFile.read(write(dir, ok.replace("}", ", min: 0.4}"))))
                .isInstanceOf(InputException.class).hasMessageContaining("Duplicate field 'min'");
        assertThatThrownBy(() -> CalibrationSpecFile.read(write(dir, ok.replace("kinetics.transferCoefficient, min: 0.3",
                "cell.stackPressurePascals, min: 0").replace("}", ", scale: log}"))))
                .hasMessageContaining("a log scale needs a positive min");
        assertThatThrownBy(() -> CalibrationSpecFile.read(write(dir, "experiments: [F1b]\n")))
                .hasMessageContaining("'parameters' must be a non-empty list");
        assertThatThrownBy(() -> CalibrationSpecFile.read(write(dir, ok.replace("judge_seeds: 101-132", "judge_seeds: 5-9"))))
                .hasMessageContaining("share seeds");
        assertThatThrownBy(() -> CalibrationSpecFile.read(write(dir, ok + "optimizer: simplex\n")))
                .hasMessageContaining("optimizer 'simplex'");
    }

    @Test
    void theObjectiveRefusesUnknownRowsAndChecksWithoutBands(@TempDir Path dir) throws Exception {
        Path exp = Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(exp.resolve("T.yaml"), """
                id: T
                kind: simulate
                inputs: {cell: half, protocol: "Plate at 1 mA/cm2 until 1 mAh/cm2", fit_seeds: 1, judge_seeds: 101-102}
                checks:
                  - {name: banded, quantity: plateau_mV, reported: -50, band: {min: -60, max: -40}, label: fitted}
                  - {name: info, quantity: thickness_cv, reported: 0, label: prediction}
                """);
        List<Experiment> all = ExperimentFiles.readAll(exp);
        List<FreeParameter> p = List.of(new FreeParameter(Parameter.KINETICS_TRANSFER_COEFFICIENT, 0.3, 0.7, false));
        ModelParameters base = ModelParameters.defaults();
        new ExperimentObjective(new CalibrationSpec(p, List.of(new CalibrationSpec.Target("t", List.of(), 1)), FIT, JUDGE, 8, 1,
                60, "bobyqa", 0.01), all, base, dir);
        assertThatThrownBy(() -> new ExperimentObjective(new CalibrationSpec(p,
                List.of(new CalibrationSpec.Target("F9", List.of(), 1)), FIT, JUDGE, 8, 1, 60, "bobyqa", 0.01), all, base, dir))
                .hasMessageContaining("no experiment 'F9'; have T");
        assertThatThrownBy(() -> new ExperimentObjective(new CalibrationSpec(p,
                List.of(new CalibrationSpec.Target("T", List.of("info"), 1)), FIT, JUDGE, 8, 1, 60, "bobyqa", 0.01), all, base, dir))
                .hasMessageContaining("'info' has no band");
    }

    @Test
    void theCommittedSpecNamesExistingRowsAndParametersWhoseDefaultsLieInItsBounds() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        CalibrationSpec s = CalibrationSpecFile.read(root.resolve("calibration/spec.yaml"));
        List<Experiment> all = ExperimentFiles.readAll(root.resolve("experiments"));
        new ExperimentObjective(s, all, ModelParameters.defaults(), root.resolve("out"));
        for (FreeParameter p : s.parameters()) {
            assertThat(ModelParameters.defaults().value(p.parameter())).as(p.parameter().key()).isBetween(p.min(), p.max());
            assertThat(ModelParameters.defaults().entry(p.parameter()).provenance().kind()).as(p.parameter().key())
                    .isEqualTo(org.anodefree.parameters.Provenance.Kind.FITTED);
        }
    }
}
