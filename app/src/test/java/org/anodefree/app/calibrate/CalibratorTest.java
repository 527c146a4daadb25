package org.anodefree.app.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.anodefree.InputException;
import org.anodefree.parameters.Parameter;
import org.junit.jupiter.api.Test;

class CalibratorTest {
    private static final double PULL = 0.01;
    private static final List<FreeParameter> PARAMS = List.of(
            new FreeParameter(Parameter.LI_EXCHANGE_CURRENT_DENSITY, 0.1, 100, true),
            new FreeParameter(Parameter.KINETICS_TRANSFER_COEFFICIENT, 0.05, 0.95, false));

    /** A cheap stand-in model: two "checks" whose bands are met only near j0 = 5, alpha = 0.8. */
    private static Evaluation synthetic(double[] v) {
        double q1 = Math.log10(v[0]) + v[1];
        double q2 = v[1];
        double r1 = BandScore.residual(1.4, 1.6, 1.5, q1, PULL);
        double r2 = BandScore.residual(0.75, 0.85, 0.8, q2, PULL);
        return new Evaluation(0, v, r1 + r2, List.of(), 0);
    }

    @Test
    void bobyqaDrivesABandObjectiveIntoItsBandsFromOutsideThemWithinTheBudget() {
        AtomicInteger calls = new AtomicInteger();
        Calibrator.Result r = Calibrator.minimize(PARAMS, new double[] {1, 0.2}, v -> {
            calls.incrementAndGet();
            return synthetic(v);
        }, "bobyqa", 60, 60, null);
        assertThat(r.start().objective()).isGreaterThan(1);
        assertThat(r.best().objective()).isLessThan(2 * PULL + 1e-9);
        assertThat(r.history()).hasSizeLessThanOrEqualTo(60).hasSize(calls.get());
        assertThat(r.start().index()).isEqualTo(1);
        assertThat(r.start().values()).containsExactly(1, 0.2);
        double[] fit = r.best().values();
        assertThat(fit[1]).isBetween(0.75, 0.85);
        assertThat(Math.log10(fit[0]) + fit[1]).isBetween(1.4, 1.6);
    }

    @Test
    void theEvaluationBudgetStopsTheOptimiserAndTheBestSeenIsKept() {
        Calibrator.Result r = Calibrator.minimize(PARAMS, new double[] {1, 0.2}, CalibratorTest::synthetic, "bobyqa", 4,
                60, null);
        assertThat(r.history()).hasSize(4);
        assertThat(r.stopReason()).contains("budget of 4");
        assertThat(r.best().objective()).isEqualTo(r.history().stream().mapToDouble(Evaluation::objective).min().orElseThrow());
    }

    @Test
    void cmaesAndTheOneParameterCaseAlsoDecreaseTheObjectiveDeterministically() {
        Calibrator.Result a = Calibrator.minimize(PARAMS, new double[] {1, 0.2}, CalibratorTest::synthetic, "cmaes", 80, 60, null);
        Calibrator.Result b = Calibrator.minimize(PARAMS, new double[] {1, 0.2}, CalibratorTest::synthetic, "cmaes", 80, 60, null);
        assertThat(a.best().objective()).isLessThan(0.5 * a.start().objective());
        assertThat(b.best().values()).containsExactly(a.best().values());
        List<FreeParameter> one = PARAMS.subList(1, 2);
        Calibrator.Result c = Calibrator.minimize(one, new double[] {0.2}, v -> {
            Evaluation e = synthetic(new double[] {Math.pow(10, 0.7), v[0]});
            return new Evaluation(0, v, e.objective(), List.of(), 0);
        }, "bobyqa", 30, 60, null);
        assertThat(c.best().objective()).isLessThan(2 * PULL + 1e-9);
        assertThat(c.best().values()[0]).isBetween(0.75, 0.85);
    }

    @Test
    void aStartOutsideTheBoundsIsAnInputError() {
        assertThatThrownBy(() -> Calibrator.minimize(PARAMS, new double[] {1000, 0.2}, CalibratorTest::synthetic,
                "bobyqa", 5, 60, null)).isInstanceOf(InputException.class).hasMessageContaining("outside its bounds");
    }
}
