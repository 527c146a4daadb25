package org.anodefree.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.cycling.CycleAnalysis;
import org.anodefree.cycling.CycleSummary;
import org.anodefree.cycling.CycleTable;
import org.anodefree.cycling.PlatingSign;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.protocol.ScheduledStep;
import org.anodefree.units.LithiumMetal;
import org.junit.jupiter.api.Test;

/**
 * The per-cycle table of simulated runs against the stepper's own state: the capacities integrated from
 * the record's rows account for every coulomb the laws moved (plated = stripped + Li still on the
 * interface + Li lost), holds included.
 */
class SimulatedCycleTableTest {

    @Test
    void aHalfCellsPlatedCapacityIsItsStrippedPlusWhatRemainsPlusWhatWasLost() {
        check(CellType.HALF, "Plate at 1 mA/cm2 until 0.6 mAh/cm2\nRepeat 2 times:\n"
                + "    Strip at 1 mA/cm2 until 0.3 mAh/cm2 or 1 V\n    Rest for 5 min\n"
                + "    Plate at 0.5 mA/cm2 until 0.2 mAh/cm2", 3);
    }

    @Test
    void aFullCellWithVoltageHoldsAccountsForEveryCoulombToo() {
        check(CellType.FULL, "Repeat 2 times:\n    Charge at 1 mA/cm2 until 4.1 V\n"
                + "    Hold at 4.1 V until 0.2 mA/cm2\n    Discharge at 1 mA/cm2 until 1 mAh/cm2 or 3.5 V", 2);
    }

    private static void check(CellType type, String protocol, int cycles) {
        ModelParameters p = SimulationTest.noFilaments();
        SimulationSnapshot[] end = new SimulationSnapshot[1];
        SimulationResult r = SimulationTest.run(p, type, protocol, 16, 5, new Simulation.Listener() {
            @Override
            public void stepEnded(ScheduledStep step, SimulationSnapshot s) {
                end[0] = s;
            }
        });
        assertThat(r.stopReason()).isEqualTo(StopReason.PROTOCOL_COMPLETE);
        CycleSummary summary = CycleAnalysis.analyze(r.record(), CellDesign.of(type, p).electrodeAreaM2(),
                type.hasCathode() ? PlatingSign.POSITIVE : PlatingSign.NEGATIVE);
        CycleTable table = CycleTable.of(r.record(), summary);
        assertThat(table.rows()).isEqualTo(cycles);
        double plated = 0;
        double stripped = 0;
        for (int k = 0; k < table.rows(); k++) {
            plated += table.value(CycleTable.PLATED, k);
            stripped += table.value(CycleTable.STRIPPED, k);
        }
        double sum = 0;
        for (double h : end[0].thicknessMeters()) {
            sum += h;
        }
        double initial = type.anodeStartsWithLithium()
                ? LithiumMetal.capacityMilliampHoursPerCm2FromThickness(CellDesign.of(type, p).lithiumFoilThicknessMeters())
                : 0;
        double remains = LithiumMetal.capacityMilliampHoursPerCm2FromThickness(sum / end[0].thicknessMeters().length)
                - initial;
        double[] lostColumn = r.record().column(Simulation.LOST).doubles();
        double lost = lostColumn[lostColumn.length - 1];
        assertThat(stripped).isGreaterThan(0);
        assertThat(remains).isGreaterThan(0);
        assertThat(plated).isCloseTo(stripped + remains + lost, within(1e-9 * plated));
        assertThat(table.value(CycleTable.NET_PLATED, table.rows() - 1)).isCloseTo(remains + lost,
                within(1e-9 * plated));
    }
}
