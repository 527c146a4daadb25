package org.anodefree.sim;

import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingEvent;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;
import org.anodefree.units.LithiumMetal;

/**
 * Writes a run's time series: one row per {@link RowListener.Row}, with the Battery Data Format columns
 * (time, voltage, current as the cell is wired, cycle and step) and the simulator's own columns beside them.
 */
final class RecordWriter implements RowListener {
    private final CyclingRecordBuilder record;
    private final InterfaceState state;
    private final Electrochemistry echem;
    private final ChargeLedger ledger;
    private final double currentSign;
    private final double cellAreaM2;
    private final int cycleCol;
    private final int stepCol;
    private final int activeCol;
    private final int maxCurrentCol;
    private final int filamentCol;
    private final int strandedCol;
    private final int voidedCol;
    private final int lostCol;
    private double lastRowTime = -1;

    /**
     * @param platingCurrentSign +1 when plating charges the cell as wired (cells with a cathode), -1 for a
     *     half cell, whose voltage is Cu minus Li (so plating onto Cu discharges it, as a cycler logs it)
     */
    RecordWriter(String name, InterfaceState state, Electrochemistry echem, ChargeLedger ledger, double platingCurrentSign,
            double cellAreaM2) {
        this.record = new CyclingRecordBuilder(name, 4096);
        this.state = state;
        this.echem = echem;
        this.ledger = ledger;
        this.currentSign = platingCurrentSign;
        this.cellAreaM2 = cellAreaM2;
        this.cycleCol = record.intColumn(BdfColumns.CYCLE_COUNT);
        this.stepCol = record.intColumn(BdfColumns.STEP_COUNT);
        this.activeCol = record.doubleColumn(Simulation.ACTIVE_AREA);
        this.maxCurrentCol = record.doubleColumn(Simulation.MAX_CURRENT);
        this.filamentCol = record.doubleColumn(Simulation.MAX_FILAMENT);
        this.strandedCol = record.doubleColumn(Simulation.STRANDED);
        this.voidedCol = record.doubleColumn(Simulation.VOIDED);
        this.lostCol = record.doubleColumn(Simulation.LOST);
    }

    @Override
    public void row(Row r) {
        double maxJ = 0;
        if (echem.last() != null && r.externalAmpsPerM2() != 0) {
            for (double j : echem.current()) {
                maxJ = Math.max(maxJ, Math.abs(j));
            }
        }
        lastRowTime = r.timeSeconds();
        record.set(CyclingRecordBuilder.TIME, r.timeSeconds());
        record.set(CyclingRecordBuilder.VOLTAGE, r.volts());
        record.set(CyclingRecordBuilder.CURRENT, currentSign * r.externalAmpsPerM2() * cellAreaM2);
        record.setInt(cycleCol, (int) r.step().cycle());
        record.setInt(stepCol, (int) r.step().stepNumber());
        record.set(activeCol, r.activeAreaFraction());
        record.set(maxCurrentCol, maxJ / 10.0);
        record.set(filamentCol, state.filaments().maxLengthMeters() * 1e6);
        record.set(strandedCol, state.strandedCoulombsPerM2() / LithiumMetal.COULOMBS_PER_M2_PER_MAH_PER_CM2);
        record.set(voidedCol, state.voidedAreaFraction());
        record.set(lostCol, ledger.lostCoulombsPerM2() / LithiumMetal.COULOMBS_PER_M2_PER_MAH_PER_CM2);
        record.endRow();
    }

    /** Test time of the last row written (-1 before the first). */
    double lastRowTime() {
        return lastRowTime;
    }

    /** Rows written so far. */
    int rows() {
        return record.rows();
    }

    void event(CyclingEvent e) {
        record.addEvent(e);
    }

    void warn(String message) {
        record.warn(message);
    }

    void metadata(String key, String value) {
        record.metadata(key, value);
    }

    CyclingRecord build() {
        return record.build();
    }
}
