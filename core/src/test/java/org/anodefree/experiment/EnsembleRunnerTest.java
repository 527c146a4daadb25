package org.anodefree.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.protocol.Protocol;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationSettings;
import org.junit.jupiter.api.Test;

/** The ensemble runner: seed order, determinism on any thread count, observers, and the measures on its runs. */
class EnsembleRunnerTest {
    private static SimulationProblem problem() {
        ModelParameters p = ModelParameters.defaults();
        return SimulationProblem.of(CellDesign.of(CellType.HALF, p), p,
                Protocol.parse("Plate at 1 mA/cm2 until 0.5 mAh/cm2\nStrip at 1 mA/cm2 until 1 V", "test"),
                PixelGrid.square(12, 1e-5), 1, SimulationSettings.defaults());
    }

    @Test
    void runsComeBackInSeedOrderAndAreTheSameOnOneOrTwoThreads() {
        SeedSet seeds = SeedSet.of(5, 2, 9);
        AtomicInteger finished = new AtomicInteger();
        RunObserver counting = new RunObserver() {
            @Override
            public void finished(SimulationProblem p, SimulatedRun run) {
                finished.incrementAndGet();
            }
        };
        List<SimulatedRun> one = EnsembleRunner.run(problem(), seeds, counting, 1);
        List<SimulatedRun> two = EnsembleRunner.run(problem(), seeds, RunObserver.NONE, 2);
        assertThat(finished.get()).isEqualTo(3);
        assertThat(one).extracting(SimulatedRun::seed).containsExactly(5L, 2L, 9L);
        for (int k = 0; k < 3; k++) {
            assertThat(two.get(k).result().record().voltageVolts()).isEqualTo(one.get(k).result().record().voltageVolts());
        }
        assertThat(one.get(0).result().record().voltageVolts()).isNotEqualTo(one.get(1).result().record().voltageVolts());
    }

    @Test
    void measuresReadTheCycleAnalysisAndTheThicknessMap() {
        SimulatedRun r = EnsembleRunner.runOne(problem().withSeed(3), RunObserver.NONE);
        double ce = Measures.perRun("first_cycle_ce_percent", "test").of(r).value();
        assertThat(ce).isEqualTo(100 * r.summary().cycles().get(0).coulombicEfficiency()).isBetween(1.0, 100.0);
        assertThat(Measures.perRun("plated_first_step_mAh_per_cm2", "test").of(r).value())
                .isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Measures.perRun("thickness_cv", "test").of(r).value())
                .isEqualTo(r.firstPlatingEnd().thickness().statistics().coefficientOfVariation());
        Measures.Observation cycle = Measures.perRun("short_cycle", "test").of(r);
        assertThat(cycle.censored()).isTrue(); // no short in one cycle: a lower bound
        assertThat(cycle.value()).isEqualTo(2);
        assertThat(Measures.perRun("plateau_mV", "test").of(r).value()).isBetween(-80.0, -30.0);
    }
}
