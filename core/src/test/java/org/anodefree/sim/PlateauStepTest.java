package org.anodefree.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.protocol.Protocol;
import org.junit.jupiter.api.Test;

/**
 * Longer time steps on plateaus (the current-change bound lifting the fixed cap) against the fixed cap
 * alone, the reference: the same cycling to well inside the time-step error, in fewer steps.
 */
class PlateauStepTest {
    private static final String CYCLES = "Plate at 0.5 mA/cm2 until 3 mAh/cm2\nRepeat 2 times:\n"
            + "    Strip at 0.5 mA/cm2 until 1.5 mAh/cm2 or 1 V\n    Plate at 0.5 mA/cm2 until 1.5 mAh/cm2";

    private static SimulationResult run(SimulationSettings settings) {
        ModelParameters p = SimulationTest.noFilaments();
        return new Simulation(SimulationProblem.of(CellDesign.of(CellType.HALF, p), p, Protocol.parse(CYCLES, "test"),
                PixelGrid.square(24, 1e-5), 5, settings)).run(null);
    }

    @Test
    void plateauStepsGiveTheFixedCapsVoltagesAndChargeInFewerSteps() {
        SimulationSettings d = SimulationSettings.defaults();
        SimulationSettings fixed = new SimulationSettings(d.maxThicknessChangeFraction(), d.thicknessFloorMeters(),
                d.maxCurrentChangeFraction(), d.maxFilamentAdvanceFraction(), d.minStepSeconds(), d.maxStepSeconds(),
                d.maxStepSeconds(), d.plateauVoltageChangeVolts(), d.maxStepGrowth(), d.afterShortSeconds(), d.nucleationWindowSeconds(),
                d.maxTimeSteps());
        SimulationResult reference = run(fixed);
        SimulationResult plateau = run(d);
        assertThat(plateau.maxRelativeImbalance()).isLessThan(1e-9);
        assertThat(plateau.timeSteps()).isLessThan(reference.timeSteps() * 9 / 10);
        // the end of every protocol step: the same voltage (the 1 V cutoff is not reached) and test time
        double[] tr = reference.record().timeSeconds();
        double[] vr = reference.record().voltageVolts();
        double[] tp = plateau.record().timeSeconds();
        double[] vp = plateau.record().voltageVolts();
        int[] sr = reference.record().column(org.anodefree.cycling.BdfColumns.STEP_COUNT).ints();
        int[] sp = plateau.record().column(org.anodefree.cycling.BdfColumns.STEP_COUNT).ints();
        for (int step = 1; step <= 5; step++) {
            int er = lastRowOf(sr, step);
            int ep = lastRowOf(sp, step);
            assertThat(tp[ep]).isCloseTo(tr[er], within(1e-6 * tr[er]));
            assertThat(vp[ep]).as("voltage at the end of step %d", step).isCloseTo(vr[er], within(2e-4));
        }
    }

    private static int lastRowOf(int[] steps, int step) {
        int last = -1;
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] == step) {
                last = i;
            }
        }
        assertThat(last).isGreaterThanOrEqualTo(0);
        return last;
    }
}
