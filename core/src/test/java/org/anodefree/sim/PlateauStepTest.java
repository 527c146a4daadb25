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
                d.maxTimeSteps(), d.lawNumerics());
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

    /**
     * With filaments on, the plateau steps leave the short where the fixed cap puts it: same seeds, the
     * cumulative plated capacity at the short within 2% (a filament's advance is bounded per step by its own
     * stability bound, which the plateau lift never exceeds).
     */
    @Test
    void plateauStepsLeaveTheShortWhereTheFixedCapPutsIt() {
        SimulationSettings d = SimulationSettings.defaults();
        SimulationSettings fixed = new SimulationSettings(d.maxThicknessChangeFraction(), d.thicknessFloorMeters(),
                d.maxCurrentChangeFraction(), d.maxFilamentAdvanceFraction(), d.minStepSeconds(), d.maxStepSeconds(),
                d.maxStepSeconds(), d.plateauVoltageChangeVolts(), d.maxStepGrowth(), d.afterShortSeconds(),
                d.nucleationWindowSeconds(), d.maxTimeSteps(), d.lawNumerics());
        ModelParameters p = SimulationTest.filamentProne();
        int shorted = 0;
        for (long seed = 1; seed <= 4; seed++) {
            double a = shortCapacity(p, fixed, seed);
            double b = shortCapacity(p, d, seed);
            assertThat(Double.isNaN(a)).as("seed %d shorts with both or neither", seed).isEqualTo(Double.isNaN(b));
            if (!Double.isNaN(a)) {
                shorted++;
                assertThat(b).as("seed %d: plated at the short", seed).isCloseTo(a, within(0.02 * a));
            }
        }
        assertThat(shorted).as("the filament-prone cells short, so the test compares something").isGreaterThanOrEqualTo(2);
    }

    /** Cumulative plated capacity at the short, mAh/cm2, or NaN without one. */
    private static double shortCapacity(ModelParameters p, SimulationSettings settings, long seed) {
        SimulationResult r = new Simulation(SimulationProblem.of(CellDesign.of(CellType.HALF, p), p,
                Protocol.parse("Plate at 1 mA/cm2 until 5 mAh/cm2", "test"), PixelGrid.square(24, 1e-5), seed, settings))
                .run(null);
        org.anodefree.cycling.CycleSummary s = org.anodefree.cycling.CycleAnalysis.analyze(r.record(),
                CellDesign.of(CellType.HALF, p).electrodeAreaM2(), org.anodefree.cycling.PlatingSign.NEGATIVE);
        return s.shortCircuit().occurred() ? s.shortCircuit().cumulativePlatedMilliampHoursPerCm2() : Double.NaN;
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
