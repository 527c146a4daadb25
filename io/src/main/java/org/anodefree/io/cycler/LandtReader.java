package org.anodefree.io.cycler;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Reads Landt tidy CSV exports: preamble lines ({@code cell model:,,,}) then a header with
 * {@code test_time_s}, {@code current_A}, {@code voltage_V}, {@code cycle_index}, {@code step_index}. Current is
 * signed, negative on discharge, as BDF.
 */
public final class LandtReader {
    static final int MAX_PREAMBLE_LINES = 50;

    private LandtReader() {
    }

    /** Reads a Landt CSV from a stream; {@code source} names it in messages. */
    public static CyclingRecord read(String source, InputStream in) {
        return read(source, in, ColumnChoice.ALL);
    }

    /** As {@link #read(String, InputStream)}, keeping the chosen columns. */
    public static CyclingRecord read(String source, InputStream in, ColumnChoice columns) {
        CyclingRecordBuilder b = new CyclingRecordBuilder(source);
        try (TextLines lines = new TextLines(source, in, StandardCharsets.UTF_8)) {
            String header = lines.header(LandtReader::isHeader, MAX_PREAMBLE_LINES,
                    "header with test_time_s, current_A and voltage_V", line -> {
                        String entry = line.replaceAll(",+$", "").trim();
                        if (!entry.isEmpty()) {
                            b.metadata("preamble line " + lines.number(), entry);
                        }
                    });
            DelimitedTable.read(lines, header, ',', LandtReader::target, b, null, columns, java.util.Set.of());
        }
        b.metadata("format", "Landt tidy CSV");
        return b.build();
    }

    static boolean isHeader(String line) {
        return line.contains("test_time_s") && line.contains("voltage_V");
    }

    static ColumnPlan.Target target(String header) {
        return switch (header) {
            case "test_time_s" -> ColumnPlan.Target.number(BdfColumns.TEST_TIME, 1);
            case "step_time_s" -> ColumnPlan.Target.number(BdfColumns.STEP_TIME, 1);
            case "current_A" -> ColumnPlan.Target.number(BdfColumns.CURRENT, 1);
            case "voltage_V" -> ColumnPlan.Target.number(BdfColumns.VOLTAGE, 1);
            case "cycle_index" -> ColumnPlan.Target.integer(BdfColumns.CYCLE_COUNT);
            case "step_index" -> ColumnPlan.Target.integer(BdfColumns.STEP_INDEX);
            default -> ColumnPlan.Target.extra(header);
        };
    }
}
