package org.anodefree.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.anodefree.cell.CathodeModel;
import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.current.ButlerVolmerKinetics;
import org.anodefree.grid.PixelGrid;
import org.anodefree.model.ButlerVolmerElectrode;
import org.anodefree.model.ElectrodeKinetics;
import org.anodefree.model.InterfaceModel;
import org.anodefree.model.LinearElectrode;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.anodefree.protocol.Protocol;
import org.anodefree.units.LithiumMetal;
import org.junit.jupiter.api.Test;

/**
 * The exact reference case of the stepper: every law {@code none}. A uniform interface with no nucleation
 * barrier plates {@code j t V_m / F} on every pixel, and the half cell's voltage is the slab's
 * {@code j L / sigma} plus the kinetics of the two Li interfaces in series, nothing else.
 */
class NoLawAnalyticTest {
    private static final ModelParameters P = ModelParameters.defaults();
    private static final double J = 10; // 1 mA/cm2

    private static SimulationResult run(ElectrodeKinetics kinetics, double[][] thickness) {
        CellDesign cell = CellDesign.of(CellType.HALF, P);
        SimulationProblem problem = new SimulationProblem(cell, InterfaceModel.none(kinetics), CathodeModel.of(P),
                Protocol.parse("Plate at 1 mA/cm2 until 1 mAh/cm2\nRest for 10 min\nPlate at 1 mA/cm2 until 0.5 mAh/cm2",
                        "test"), PixelGrid.square(16, 1e-5), 5, SimulationSettings.defaults());
        return new Simulation(problem).run(new Simulation.Listener() {
            @Override
            public void stepEnded(org.anodefree.protocol.ScheduledStep step, SimulationSnapshot s) {
                thickness[(int) step.stepNumber() - 1] = s.thicknessMeters();
            }
        });
    }

    private static double slabVolts() {
        return J * P.value(Parameter.CELL_SEPARATOR_THICKNESS) / P.value(Parameter.LPSC_CONDUCTIVITY);
    }

    @Test
    void butlerVolmerPlatesUniformlyAtTheSlabAndKineticsVoltage() {
        double j0 = P.value(Parameter.LI_EXCHANGE_CURRENT_DENSITY);
        double[][] h = new double[3][];
        SimulationResult r = run(ButlerVolmerElectrode.from(org.anodefree.model.LawContext.of(P,
                CellDesign.of(CellType.HALF, P), PixelGrid.square(16, 1e-5))), h);
        assertUniform(h[0], 1.0);
        assertUniform(h[2], 1.5);
        // V = -(j L / sigma) - 2 (2 R T / F) asinh(j / (2 j0)): slab plus two symmetric Butler-Volmer interfaces
        double rtf = ButlerVolmerKinetics.GAS_CONSTANT_JOULES_PER_MOL_KELVIN * P.value(Parameter.CELL_TEMPERATURE)
                / LithiumMetal.FARADAY_COULOMBS_PER_MOL;
        double x = J / (2 * j0);
        double expected = -slabVolts() - 2 * 2 * rtf * Math.log(x + Math.sqrt(x * x + 1));
        assertPlatingVoltage(r, expected);
        assertThat(r.maxRelativeImbalance()).isLessThan(1e-12);
        assertThat(r.stopReason()).isEqualTo(StopReason.PROTOCOL_COMPLETE);
    }

    @Test
    void linearKineticsAddTwoChargeTransferResistances() {
        LinearElectrode k = new LinearElectrode(P.value(Parameter.LI_EXCHANGE_CURRENT_DENSITY),
                P.value(Parameter.CELL_TEMPERATURE));
        double[][] h = new double[3][];
        SimulationResult r = run(k, h);
        assertUniform(h[2], 1.5);
        assertPlatingVoltage(r, -slabVolts() - 2 * J * k.chargeTransferResistanceOhmM2());
    }

    private static void assertUniform(double[] thickness, double capacityMilliampHoursPerCm2) {
        double expected = LithiumMetal.thicknessMetersFromCapacity(capacityMilliampHoursPerCm2);
        for (double h : thickness) {
            assertThat(h).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-9));
        }
    }

    private static void assertPlatingVoltage(SimulationResult r, double expected) {
        double[] v = r.record().voltageVolts();
        double[] i = r.record().currentAmps();
        int plating = 0;
        for (int k = 0; k < v.length; k++) {
            if (i[k] != 0) {
                assertThat(v[k]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
                plating++;
            } else {
                assertThat(v[k]).isZero(); // a half cell at rest
            }
        }
        assertThat(plating).isGreaterThan(10);
    }
}
