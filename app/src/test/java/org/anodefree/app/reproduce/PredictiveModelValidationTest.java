package org.anodefree.app.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anodefree.experiment.Check;
import org.anodefree.experiment.CheckResult;
import org.anodefree.experiment.Estimate;
import org.anodefree.experiment.ExperimentEnsembles;
import org.anodefree.experiment.SeedSet;
import org.anodefree.experiment.SimulatedExperiment;
import org.anodefree.io.config.Experiment;
import org.anodefree.io.config.ExperimentFiles;
import org.anodefree.parameters.ModelParameters;
import org.junit.jupiter.api.Test;

/**
 * Validation against the paper on the first 8 judge seeds (no fit used them), with the default parameters:
 * the claims of the predictive model that the reproduction table rests on. The whole table (32 judge seeds)
 * is `./anodefree reproduce`; this guards its simulator rows in CI at a quarter of the cost.
 */
class PredictiveModelValidationTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, Experiment> EXPERIMENTS = ExperimentFiles.readAll(ROOT.resolve("experiments"))
            .stream().collect(Collectors.toMap(Experiment::id, Function.identity()));
    private static final SeedSet SEEDS = SeedSet.parse("201-208", "seeds");

    private static List<CheckResult> judge(String id) {
        SimulatedExperiment x = EXPERIMENTS.get(id).simulated();
        ExperimentEnsembles.Options o = ExperimentEnsembles.Options.of(ModelParameters.defaults());
        ExperimentEnsembles.Outcome out = ExperimentEnsembles.run(x, new ExperimentEnsembles.Options(o.parameters(), 0,
                SEEDS, o.settings(), o.threads()));
        List<Check> checks = EXPERIMENTS.get(id).checks();
        List<Estimate> est = out.estimates();
        return java.util.stream.IntStream.range(0, checks.size())
                .mapToObj(k -> CheckResult.judge(id, checks.get(k), est.get(k))).toList();
    }

    private static CheckResult check(List<CheckResult> r, String quantity) {
        return r.stream().filter(c -> c.check().quantity().equals(quantity)).findFirst().orElseThrow();
    }

    @Test
    void theCapacityToShortFallsSteeplyWithCurrent() {
        double at1 = check(judge("F1b"), "short_capacity_mAh_per_cm2").simulated().median();
        CheckResult at15 = check(judge("F1d"), "short_capacity_mAh_per_cm2");
        System.out.printf("capacity to short: %.2f at 1.0, %.2f at 1.5 mA/cm2%n", at1, at15.simulated().median());
        assertThat(at15.verdict()).isEqualTo(CheckResult.Verdict.PASS);
        // the paper: ~6.5 against ~1; the earlier model gave the same ~1.8 at both. The flaw law gives ~2x on the
        // judge seeds (1.45 against 0.72), short of the paper's ~6.5x: F1b FAILs in the table (docs/model.md)
        assertThat(at1).isGreaterThan(1.5 * at15.simulated().median());
    }

    @Test
    void theCapacityCycledHalfCellShortsInItsBand() {
        CheckResult r = check(judge("F4a"), "short_cycle");
        System.out.printf("F4a short cycle %.1f%n", r.simulated().median());
        assertThat(r.verdict()).isEqualTo(CheckResult.Verdict.PASS);
    }

    @Test
    void theAnodeFreeFullCellsRetainedLiWearsOutAndItShorts() {
        CheckResult r = check(judge("F4b"), "short_cycle");
        System.out.printf("F4b short cycle %.1f%n", r.simulated().median());
        assertThat(r.verdict()).isEqualTo(CheckResult.Verdict.PASS);
    }
}
