package org.anodefree.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.anodefree.cell.CellType;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.junit.jupiter.api.Test;

/** Constant-voltage holds: the voltage held, the current decaying to the limit, charge conserved. */
class VoltageHoldTest {
    private static final double AREA_M2 = Math.PI * 0.005 * 0.005; // the default 10 mm electrode

    @Test
    void aFullCellHeldAtItsChargeCutoffDecaysToTheCurrentLimitAtThatVoltage() {
        SimulationResult r = SimulationTest.run(SimulationTest.noFilaments(), CellType.FULL,
                "Charge at 1 mA/cm2 until 4.2 V\nHold at 4.2 V until 0.05 mA/cm2", 16, 3, null);
        CyclingRecord rec = r.record();
        int[] step = rec.column(BdfColumns.STEP_COUNT).ints();
        double[] v = rec.voltageVolts();
        double[] i = rec.currentAmps();
        int first = 0;
        while (step[first] != 2) {
            first++;
        }
        assertThat(rec.rows() - first).isGreaterThan(5);
        double area = i[first - 1] / 10.0; // the charge's 1 mA/cm2 = 10 A/m2 gives the electrode area
        assertThat(area).isCloseTo(AREA_M2, within(1e-12));
        for (int row = first; row < rec.rows(); row++) {
            assertThat(v[row]).isCloseTo(4.2, within(1e-6));
            assertThat(i[row]).isPositive(); // still charging: plating onto Cu
            if (row > first) {
                assertThat(i[row]).isLessThanOrEqualTo(i[row - 1]);
            }
        }
        double end = i[rec.rows() - 1] / area;
        double before = i[rec.rows() - 2] / area;
        assertThat(end).isLessThanOrEqualTo(0.5); // 0.05 mA/cm2
        assertThat(before).isGreaterThan(0.5);
        assertThat(i[first] / area).isGreaterThan(5); // it starts near the charge current
        assertThat(r.maxRelativeImbalance()).isLessThan(1e-9);
        assertThat(r.stopReason()).isEqualTo(StopReason.PROTOCOL_COMPLETE);
    }

    @Test
    void aHoldBelowTheOpenCircuitVoltageDischargesAndEndsOnItsTimeLimit() {
        SimulationResult r = SimulationTest.run(SimulationTest.noFilaments(), CellType.FULL,
                "Charge at 1 mA/cm2 until 1 mAh/cm2\nHold at 3.6 V until 0.01 mA/cm2 or 2 min", 16, 3, null);
        CyclingRecord rec = r.record();
        int[] step = rec.column(BdfColumns.STEP_COUNT).ints();
        double[] t = rec.timeSeconds();
        double[] i = rec.currentAmps();
        int first = 0;
        while (step[first] != 2) {
            first++;
        }
        for (int row = first; row < rec.rows(); row++) {
            assertThat(rec.voltageVolts()[row]).isCloseTo(3.6, within(1e-6));
            assertThat(i[row]).isNegative(); // the cell gives Li back to the cathode
        }
        assertThat(t[rec.rows() - 1] - t[first]).isCloseTo(120, within(1e-6));
        assertThat(r.maxRelativeImbalance()).isLessThan(1e-9);
    }
    @Test
    void aHoldAfterARestStartsFromZeroCurrentAndCharges() {
        SimulationResult r = SimulationTest.run(SimulationTest.noFilaments(), CellType.FULL,
                "Charge at 1 mA/cm2 until 1 mAh/cm2\nRest for 10 min\nHold at 3.9 V until 0.1 mA/cm2 or 10 min", 16, 3,
                null);
        CyclingRecord rec = r.record();
        int[] step = rec.column(BdfColumns.STEP_COUNT).ints();
        int first = 0;
        while (step[first] != 3) {
            first++;
        }
        for (int row = first; row < rec.rows(); row++) {
            assertThat(rec.voltageVolts()[row]).isCloseTo(3.9, within(1e-6));
            assertThat(rec.currentAmps()[row]).isPositive();
        }
        assertThat(r.maxRelativeImbalance()).isLessThan(1e-9);
        assertThat(r.stopReason()).isEqualTo(StopReason.PROTOCOL_COMPLETE);
    }
}
