package org.anodefree.app.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anodefree.experiment.Check;
import org.anodefree.experiment.SimulatedExperiment;
import org.anodefree.io.config.Experiment;
import org.anodefree.io.config.ExperimentFiles;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.anodefree.parameters.ParameterEntry;
import org.anodefree.parameters.Provenance;
import org.junit.jupiter.api.Test;

/**
 * Every number says where it came from, and the labels agree with the committed calibration spec: a
 * {@code fitted:} parameter is one the spec fits, on the rows and seeds the spec names; every parameter the
 * spec fits says so; a row labelled fitted is in the spec's objective (or fitted by its own committed fit
 * file), a banded row of an experiment in the objective is not called a prediction; an input names a
 * parameter that exists; and the experiments fit on the spec's seeds and are judged on others.
 */
class ProvenanceTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Every committed calibration spec, by its path from the checkout's root. */
    private static final java.util.Map<String, CalibrationSpec> SPECS = readSpecs();
    private static final List<Experiment> EXPERIMENTS = ExperimentFiles.readAll(ROOT.resolve("experiments"));

    private static java.util.Map<String, CalibrationSpec> readSpecs() {
        try (var files = Files.list(ROOT.resolve("calibration"))) {
            java.util.Map<String, CalibrationSpec> m = new java.util.TreeMap<>();
            files.filter(f -> f.toString().endsWith(".yaml"))
                    .forEach(f -> m.put("calibration/" + f.getFileName(), CalibrationSpecFile.read(f)));
            return m;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> objectiveRows(CalibrationSpec spec) {
        return spec.targets().stream().map(CalibrationSpec.Target::experiment).collect(Collectors.toSet());
    }

    private static Set<String> objectiveRows() {
        return SPECS.values().stream().flatMap(s -> objectiveRows(s).stream()).collect(Collectors.toSet());
    }

    private static Set<Parameter> free(CalibrationSpec spec) {
        return spec.parameters().stream().map(FreeParameter::parameter).collect(Collectors.toSet());
    }

    @Test
    void fittedParametersAreExactlyTheSpecsWithItsRowsSeedsAndReport() {
        Set<Parameter> free = SPECS.values().stream().flatMap(s -> free(s).stream()).collect(Collectors.toSet());
        assertThat(SPECS).containsKey("calibration/spec.yaml");
        for (ParameterEntry e : ModelParameters.defaults().entries().values()) {
            String key = e.parameter().key();
            if (e.provenance().kind() != Provenance.Kind.FITTED) {
                assertThat(free).as(key + " is fitted by a spec but its provenance says " + e.provenance().kind())
                        .doesNotContain(e.parameter());
                continue;
            }
            Provenance.Fit f = e.provenance().fit();
            CalibrationSpec spec = SPECS.get(f.spec());
            assertThat(spec).as(key + " names the spec " + f.spec()).isNotNull();
            assertThat(free(spec)).as(key + " says fitted by " + f.spec() + ", which does not fit it").contains(e.parameter());
            assertThat(Set.copyOf(f.rows())).as(key + ": rows").isEqualTo(objectiveRows(spec));
            assertThat(f.seeds()).as(key + ": fit seeds").isEqualTo(spec.fitSeeds().toString());
            assertThat(Files.isRegularFile(ROOT.resolve(f.report()))).as(key + ": report " + f.report()).isTrue();
        }
    }

    @Test
    void rowLabelsAgreeWithTheObjectiveAndInputsNameARealParameter() {
        Set<String> objective = objectiveRows();
        for (Experiment e : EXPERIMENTS) {
            boolean ownFit = e.inputs().containsKey("fit");
            for (Check c : e.checks()) {
                String what = e.id() + ": " + c.name();
                if (c.label() == Check.Label.FITTED) {
                    assertThat(objective.contains(e.id()) || ownFit).as(what + " is labelled fitted but nothing fits it")
                            .isTrue();
                }
                if (objective.contains(e.id()) && c.band() != null) {
                    assertThat(c.label()).as(what + " is in the calibration objective").isNotEqualTo(Check.Label.PREDICTION);
                }
                if (c.label() == Check.Label.INPUT) {
                    Parameter p = Parameter.byKey(c.sets());
                    boolean stackKey = c.sets().matches("[a-z_]+") && e.kind().equals("stack-energy");
                    assertThat(p != null || stackKey).as(what + ": sets " + c.sets()).isTrue();
                    if (p != null) {
                        assertThat(ModelParameters.defaults().entry(p).provenance().kind()).as(what + ": " + c.sets()
                                + " is set from the row, so it is sourced, not fitted").isEqualTo(Provenance.Kind.SOURCE);
                    }
                }
            }
        }
    }

    @Test
    void experimentsAreJudgedOnSeedsNoSpecFitsOn() {
        for (Experiment e : EXPERIMENTS) {
            if (!e.kind().equals("simulate")) {
                continue;
            }
            SimulatedExperiment x = e.simulated();
            assertThat(x.judgeSeeds().isDisjointFrom(x.fitSeeds())).as(e.id() + ": judge seeds").isTrue();
            for (var spec : SPECS.entrySet()) {
                assertThat(x.judgeSeeds().isDisjointFrom(spec.getValue().fitSeeds()))
                        .as(e.id() + ": judge seeds against " + spec.getKey()).isTrue();
                assertThat(x.judgeSeeds()).as(e.id() + ": judge seeds").isEqualTo(spec.getValue().judgeSeeds());
            }
        }
    }
}
