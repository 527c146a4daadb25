package org.anodefree.io.cycler;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Reads Neware BTS CSV exports (record layer): a header such as {@code DataPoint,Cycle Index,Step Index,Step
 * Type,Time,Cumulative Time,Current(A),Voltage(V),...}. Times are {@code h:mm:ss} (hours may pass 24);
 * current is signed, positive on charge, as BDF.
 */
public final class NewareReader {
    private NewareReader() {
    }

    /** Reads a Neware CSV from a stream; {@code source} names it in messages. */
    public static CyclingRecord read(String source, InputStream in) {
        return read(source, in, ColumnChoice.ALL);
    }

    /** As {@link #read(String, InputStream)}, keeping the chosen columns. */
    public static CyclingRecord read(String source, InputStream in, ColumnChoice columns) {
        CyclingRecordBuilder b = new CyclingRecordBuilder(source);
        try (TextLines lines = new TextLines(source, in, StandardCharsets.UTF_8)) {
            String header = lines.require("the Neware header line");
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            DelimitedTable.read(lines, header, ',', NewareReader::target, b, null, columns, java.util.Set.of());
        }
        b.metadata("format", "Neware BTS CSV");
        return b.build();
    }

    static ColumnPlan.Target target(String header) {
        return switch (header) {
            case "Cumulative Time", "Total Time" -> new ColumnPlan.Target(BdfColumns.TEST_TIME, false,
                    ColumnPlan.Parse.DURATION, 1, true);
            case "Time" -> new ColumnPlan.Target(BdfColumns.STEP_TIME, false, ColumnPlan.Parse.DURATION, 1, false);
            case "Current(A)" -> ColumnPlan.Target.number(BdfColumns.CURRENT, 1);
            case "Current(mA)" -> ColumnPlan.Target.number(BdfColumns.CURRENT, 1e-3);
            case "Voltage(V)" -> ColumnPlan.Target.number(BdfColumns.VOLTAGE, 1);
            case "Cycle Index", "Cycle ID" -> ColumnPlan.Target.integer(BdfColumns.CYCLE_COUNT);
            case "Step Index", "Step ID" -> ColumnPlan.Target.integer(BdfColumns.STEP_INDEX);
            default -> ColumnPlan.Target.extra(header);
        };
    }
}
