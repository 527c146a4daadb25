package org.anodefree.io.cycler;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Reads PEC battery-tester CSV exports: {@code Key:,value} preamble lines ({@code Test:}, {@code Start Time:}),
 * then a header starting {@code Test,Cell,...} with {@code Total Time (Hours in hh:mm:ss.xxx)},
 * {@code Voltage (V)}, {@code Current (A)}, capacities in mAh and {@code Real Time} as {@code MM/DD/YYYY hh:mm:ss}.
 * Layout from cellpy's PEC loader and its test file; current is taken as signed, positive on charge (the
 * test file holds only rest data, so the sign is not checked against a discharge).
 */
public final class PecReader {
    static final int MAX_PREAMBLE_LINES = 200;

    private PecReader() {
    }

    /** Reads a PEC CSV from a stream, keeping the chosen columns; {@code source} names it in messages. */
    public static CyclingRecord read(String source, InputStream in, ColumnChoice columns) {
        CyclingRecordBuilder b = new CyclingRecordBuilder(source);
        try (TextLines lines = new TextLines(source, in, StandardCharsets.UTF_8)) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            String header = lines.header(PecReader::isHeader, MAX_PREAMBLE_LINES, "PEC header starting 'Test,Cell'",
                    line -> CyclerMetadata.preambleLine(line, b, "pec.", seen));
            DelimitedTable.read(lines, header, DelimitedTable.Spec.of(',', PecReader::target, null)
                    .choose(columns, java.util.Set.of()), b);
        }
        b.metadata(CyclerMetadata.INSTRUMENT, "PEC");
        b.metadata("format", "PEC CSV export");
        return b.build();
    }

    /** The column header: it names the total time in PEC's words. */
    static boolean isHeader(String line) {
        return line.startsWith("Test,") && line.contains("Total Time (Hours in hh:mm:ss.xxx)");
    }

    static ColumnPlan.Target target(String header) {
        return switch (header) {
            case "Total Time (Hours in hh:mm:ss.xxx)" -> new ColumnPlan.Target(BdfColumns.TEST_TIME, false,
                    ColumnPlan.Parse.DURATION, 1, true);
            case "Step Time (Seconds)" -> ColumnPlan.Target.number(BdfColumns.STEP_TIME, 1);
            case "Voltage (V)" -> ColumnPlan.Target.number(BdfColumns.VOLTAGE, 1);
            case "Current (A)" -> ColumnPlan.Target.number(BdfColumns.CURRENT, 1);
            case "Cycle" -> ColumnPlan.Target.integer(BdfColumns.CYCLE_COUNT);
            case "Step" -> ColumnPlan.Target.integer(BdfColumns.STEP_INDEX);
            case "Charge Capacity (mAh)" -> new ColumnPlan.Target(BdfColumns.CHARGE_CAPACITY, false,
                    ColumnPlan.Parse.NUMBER, 1e-3, false);
            case "Discharge Capacity (mAh)" -> new ColumnPlan.Target(BdfColumns.DISCHARGE_CAPACITY, false,
                    ColumnPlan.Parse.NUMBER, 1e-3, false);
            case "Real Time" -> new ColumnPlan.Target(BdfColumns.UNIX_TIME, false, ColumnPlan.Parse.DATE_MDY, 1, false);
            default -> ColumnPlan.Target.extra(header);
        };
    }
}
