package org.anodefree.io.cycler;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.anodefree.InputException;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Reads MACCOR tab-separated exports: a {@code Today's Date ...} line, a header starting {@code Rec#}, then
 * one row per record. Both layouts: times as seconds ({@code Test (Sec)}, {@code Step (Sec)}) or as
 * {@code Nd hh:mm:ss.ssss} ({@code TestTime}, {@code StepTime}).
 *
 * <p>MACCOR's {@code Amp-hr} restarts at every step; the reader keeps it and adds cumulative BDF
 * {@link BdfColumns#CHARGE_CAPACITY} and {@link BdfColumns#DISCHARGE_CAPACITY} over the whole test, charge
 * steps by state {@code C}, discharge by {@code D}. Current is signed by MACCOR (negative on discharge); a
 * positive current in a {@code D} row is made negative.
 */
public final class MaccorReader {
    private MaccorReader() {
    }

    /** Reads a MACCOR export from a stream; {@code source} names it in messages. */
    public static CyclingRecord read(String source, InputStream in) {
        return read(source, in, ColumnChoice.ALL);
    }

    /** As {@link #read(String, InputStream)}, keeping the chosen columns. */
    public static CyclingRecord read(String source, InputStream in, ColumnChoice columns) {
        CyclingRecordBuilder b = new CyclingRecordBuilder(source);
        try (TextLines lines = new TextLines(source, in, StandardCharsets.ISO_8859_1)) {
            String first = lines.require("the MACCOR title line");
            if (first.startsWith("Rec#")) {
                throw InputException.at(source, 1, 1, "expected the MACCOR title line ('Today's Date ...') first");
            }
            b.metadata("title", first.replace('\t', ' ').trim());
            String header = lines.require("the header line starting 'Rec#'");
            if (!header.startsWith("Rec#")) {
                throw InputException.at(source, 2, 1, "expected the header line starting 'Rec#', found '"
                        + BiologicMptReader.abbreviate(header) + "'");
            }
            int charge = b.doubleColumn(BdfColumns.CHARGE_CAPACITY);
            int discharge = b.doubleColumn(BdfColumns.DISCHARGE_CAPACITY);
            DelimitedTable.read(lines, header, '\t', MaccorReader::target, b, new Rows(charge, discharge), columns,
                    java.util.Set.of("State", "Amp-hr"));
        }
        b.metadata("format", "MACCOR tab-separated export");
        return b.build();
    }

    static ColumnPlan.Target target(String header) {
        return switch (header) {
            case "Cyc#" -> ColumnPlan.Target.integer(BdfColumns.CYCLE_COUNT);
            case "Step" -> ColumnPlan.Target.integer(BdfColumns.STEP_INDEX);
            case "Test (Sec)" -> ColumnPlan.Target.number(BdfColumns.TEST_TIME, 1);
            case "Step (Sec)" -> ColumnPlan.Target.number(BdfColumns.STEP_TIME, 1);
            case "TestTime" -> new ColumnPlan.Target(BdfColumns.TEST_TIME, false, ColumnPlan.Parse.DURATION, 1, true);
            case "StepTime" -> new ColumnPlan.Target(BdfColumns.STEP_TIME, false, ColumnPlan.Parse.DURATION, 1, true);
            case "Amps" -> ColumnPlan.Target.number(BdfColumns.CURRENT, 1);
            case "Volts" -> ColumnPlan.Target.number(BdfColumns.VOLTAGE, 1);
            case "State" -> new ColumnPlan.Target("State", true, ColumnPlan.Parse.TEXT_CODE, 1, true);
            case "DPt Time" -> null;
            default -> ColumnPlan.Target.extra(header);
        };
    }

    /** Signs current by state and accumulates MACCOR's per-step Amp-hr into test-long capacities. */
    private static final class Rows implements DelimitedTable.RowHook {
        private final int chargeHandle;
        private final int dischargeHandle;
        private int state = -2;
        private int current;
        private int ampHours;
        private int step;
        private int cycle;
        private double charge;
        private double discharge;
        private double chargeDone;
        private double dischargeDone;
        private double lastStep = Double.NaN;
        private double lastAmpHours;

        Rows(int chargeHandle, int dischargeHandle) {
            this.chargeHandle = chargeHandle;
            this.dischargeHandle = dischargeHandle;
        }

        @Override
        public void adjust(ColumnPlan plan, CyclingRecordBuilder builder, long line) {
            if (state == -2) {
                state = plan.slot("State");
                current = plan.slot(BdfColumns.CURRENT);
                ampHours = plan.slot("Amp-hr");
                step = plan.slot(BdfColumns.STEP_INDEX);
                cycle = plan.slot(BdfColumns.CYCLE_COUNT);
            }
            double[] v = plan.values;
            int st = state >= 0 ? (int) v[state] : 0;
            if (st == 'D' && v[current] > 0) {
                v[current] = -v[current];
            }
            if (ampHours < 0) {
                return;
            }
            double stepKey = (step >= 0 ? v[step] : 0) * 1e6 + (cycle >= 0 ? v[cycle] : 0);
            double amp = v[ampHours];
            if (stepKey != lastStep || amp < lastAmpHours) {
                // A new step (or a restart of the counter): what the last step passed is now history.
                chargeDone = charge;
                dischargeDone = discharge;
            }
            lastStep = stepKey;
            lastAmpHours = amp;
            if (st == 'C') {
                charge = chargeDone + amp;
            } else if (st == 'D') {
                discharge = dischargeDone + amp;
            }
            builder.set(chargeHandle, charge);
            builder.set(dischargeHandle, discharge);
        }
    }
}
