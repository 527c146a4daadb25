package org.anodefree.io.cycler;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Reads MACCOR text exports: optional preamble lines ({@code Today's Date ...}, or a block of {@code Name:},
 * {@code Channel:}, {@code Tester}, {@code Started} key/value lines), a header starting {@code Rec#} (or
 * {@code Rec}), then one row per record, tab- or comma-separated, with a decimal point or comma. Times as
 * seconds ({@code Test (Sec)}), minutes ({@code Test (Min)}) or {@code Nd hh:mm:ss.ssss} ({@code TestTime});
 * auxiliary inputs as {@code Aux #n} columns (the text {@code Units} field after each is not a column).
 * Column names of the layouts cellpy calls model ONE and TWO ({@code Cycle C}, {@code Cap. [Ah]},
 * {@code Current [A]}, {@code Voltage [V]}, {@code Md}) are read as their classic equivalents.
 *
 * <p>MACCOR's {@code Amp-hr} restarts at every step; the reader keeps it and adds cumulative BDF
 * {@link BdfColumns#CHARGE_CAPACITY} and {@link BdfColumns#DISCHARGE_CAPACITY} over the whole test, charge
 * steps by state {@code C}, discharge by {@code D}. Current is signed by MACCOR (negative on discharge); a
 * positive current in a {@code D} row is made negative.
 */
public final class MaccorReader {
    static final int MAX_PREAMBLE_LINES = 60;

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
            java.util.Set<String> seen = new java.util.HashSet<>();
            String header = lines.header(MaccorReader::isHeader, MAX_PREAMBLE_LINES, "header line starting 'Rec#'"
                    + " (or 'Rec') of a MACCOR text export", line -> CyclerMetadata.preambleLine(line, b, "maccor.", seen));
            int charge = b.doubleColumn(BdfColumns.CHARGE_CAPACITY);
            int discharge = b.doubleColumn(BdfColumns.DISCHARGE_CAPACITY);
            char delimiter = header.indexOf('\t') >= 0 ? '\t' : ',';
            DelimitedTable.read(lines, header, DelimitedTable.Spec.of(delimiter, MaccorReader::target,
                    new Rows(charge, discharge)).choose(columns, java.util.Set.of("State", "Amp-hr")), b);
        }
        b.metadata("format", "MACCOR text export");
        return b.build();
    }

    /** The column header: its first field is {@code Rec#} or {@code Rec}. */
    static boolean isHeader(String line) {
        // the first field, before a tab or a comma: detection runs before the delimiter is known
        String first = line.split("[\t,]", 2)[0].trim();
        return first.equals("Rec#") || first.equals("Rec");
    }

    static ColumnPlan.Target target(String header) {
        return switch (header) {
            case "Rec", "Rec#" -> ColumnPlan.Target.extra("Rec#");
            case "Cyc#", "Cycle C" -> ColumnPlan.Target.integer(BdfColumns.CYCLE_COUNT);
            case "Step" -> ColumnPlan.Target.integer(BdfColumns.STEP_INDEX);
            case "Test (Sec)" -> ColumnPlan.Target.number(BdfColumns.TEST_TIME, 1);
            case "Step (Sec)" -> ColumnPlan.Target.number(BdfColumns.STEP_TIME, 1);
            case "Test (Min)" -> ColumnPlan.Target.number(BdfColumns.TEST_TIME, 60);
            case "Step (Min)" -> ColumnPlan.Target.number(BdfColumns.STEP_TIME, 60);
            case "TestTime" -> new ColumnPlan.Target(BdfColumns.TEST_TIME, false, ColumnPlan.Parse.DURATION, 1, true);
            case "StepTime" -> new ColumnPlan.Target(BdfColumns.STEP_TIME, false, ColumnPlan.Parse.DURATION, 1, true);
            case "Amps", "Current [A]" -> ColumnPlan.Target.number(BdfColumns.CURRENT, 1);
            case "Volts", "Voltage [V]" -> ColumnPlan.Target.number(BdfColumns.VOLTAGE, 1);
            case "State", "Md" -> new ColumnPlan.Target("State", true, ColumnPlan.Parse.TEXT_CODE, 1, true);
            case "Amp-hr", "Cap. [Ah]" -> ColumnPlan.Target.extra("Amp-hr");
            case "Watt-hr", "Ener. [Wh]" -> ColumnPlan.Target.extra("Watt-hr");
            case "DPt Time", "DPT Time" -> null;
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
