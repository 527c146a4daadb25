package org.anodefree.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.protocol.Protocol;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationSettings;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Grid and time-step convergence of the two outcomes the table rests on, on the same 0.32 mm patch and
 * seeds: the capacity plated before a short (continuous plating at 1.5 mA/cm2, Kaplan-Meier median over
 * 12 seeds) and the first-cycle Coulombic efficiency (3 mAh/cm2 plated and stripped at 0.5 mA/cm2).
 * Halving the pixel (10 to 5 um) or every time-step bound must move the short capacity by less than 20%
 * (the narrowest short band, F1d's 0.5-2 mAh/cm2, spans a factor 4) and the CE by less than 1 point (its
 * band is 10 points wide).
 */
class ConvergenceTest {
    private static final ModelParameters P = ModelParameters.defaults();
    private static final SeedSet SEEDS = SeedSet.range(901, 912);

    private static List<SimulatedRun> runs(String protocol, int width, double pixel, double stepScale) {
        SimulationProblem p = SimulationProblem.of(CellDesign.of(CellType.HALF, P), P, Protocol.parse(protocol, "test"),
                PixelGrid.square(width, pixel), 1, SimulationSettings.defaults().refined(stepScale));
        return EnsembleRunner.run(p, SEEDS);
    }

    private static Estimate estimate(String quantity, List<SimulatedRun> runs) {
        Measures.Measure m = Measures.perRun(quantity, "test");
        List<Measures.Observation> obs = new ArrayList<>();
        runs.forEach(r -> obs.add(m.of(r)));
        return Estimators.of(obs);
    }

    private static double shortCapacity(int width, double pixel, double stepScale) {
        Estimate e = estimate("short_capacity_mAh_per_cm2",
                runs("Plate at 1.5 mA/cm2 until 8 mAh/cm2", width, pixel, stepScale));
        return e.medianReached() ? e.median() : e.lowerBound();
    }

    private static double firstCycleCe(int width, double pixel, double stepScale) {
        return estimate("first_cycle_ce_percent",
                runs("Plate at 0.5 mA/cm2 until 3 mAh/cm2\nStrip at 0.5 mA/cm2 until 1 V", width, pixel, stepScale)).median();
    }

    @Test
    void theShortCapacityConvergesInTheTimeStep() {
        double base = shortCapacity(32, 10e-6, 1.0);
        double halfStep = shortCapacity(32, 10e-6, 0.5);
        assertThat(Math.abs(halfStep / base - 1)).as("half time step: %.3f against %.3f mAh/cm2", halfStep, base)
                .isLessThan(0.2);
    }

    @Test
    void theFirstCycleCoulombicEfficiencyConvergesInTheTimeStep() {
        double base = firstCycleCe(32, 10e-6, 1.0);
        double halfStep = firstCycleCe(32, 10e-6, 0.5);
        assertThat(Math.abs(halfStep - base)).as("half time step: %.2f%% against %.2f%%", halfStep, base).isLessThan(1.0);
    }

    @Test
    @Disabled("FAILS with the filament law of this release: 10 um 1.96, 5 um 1.40 mAh/cm2 (-29%): a pixel-local"
            + " threshold against a pixel-local current has no length scale of its own (docs/model.md, convergence)")
    void theShortCapacityConvergesInThePixel() {
        double base = shortCapacity(32, 10e-6, 1.0);
        double fine = shortCapacity(64, 5e-6, 1.0);
        assertThat(Math.abs(fine / base - 1)).as("5 um: %.3f against 10 um: %.3f mAh/cm2", fine, base).isLessThan(0.2);
    }

    @Test
    @Disabled("FAILS with the void law of this release: 10 um 90.0%, 5 um 88.5% (-1.5 points; docs/model.md, convergence)")
    void theFirstCycleCoulombicEfficiencyConvergesInThePixel() {
        double base = firstCycleCe(32, 10e-6, 1.0);
        double fine = firstCycleCe(64, 5e-6, 1.0);
        assertThat(Math.abs(fine - base)).as("5 um: %.2f%% against 10 um: %.2f%%", fine, base).isLessThan(1.0);
    }
}
