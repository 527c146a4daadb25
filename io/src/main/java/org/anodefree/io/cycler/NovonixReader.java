package org.anodefree.io.cycler;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Reads Novonix (UHPC) CSV exports: a {@code [Summary]} block of {@code Key: value} lines (channel, started,
 * mass, area), a {@code [Protocol]} block, then {@code [Data]} and a table whose lines may each be wrapped in
 * double quotes as one field. Times in hours ({@code Run Time (h)}); current signed, positive on charge.
 * Layout from BEEP's Novonix loader and its test file.
 */
public final class NovonixReader {
    static final int MAX_PREAMBLE_LINES = 5000;

    private NovonixReader() {
    }

    /** Reads a Novonix CSV from a stream, keeping the chosen columns; {@code source} names it in messages. */
    public static CyclingRecord read(String source, InputStream in, ColumnChoice columns) {
        CyclingRecordBuilder b = new CyclingRecordBuilder(source);
        try (TextLines lines = new TextLines(source, in, StandardCharsets.UTF_8)) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            boolean[] summary = {false};
            lines.header(l -> l.trim().equals("[Data]"), MAX_PREAMBLE_LINES, "'[Data]' line of a Novonix file",
                    line -> {
                        String t = line.trim();
                        if (t.startsWith("[")) {
                            summary[0] = t.equals("[Summary]");
                        } else if (summary[0]) {
                            CyclerMetadata.preambleLine(t, b, "novonix.", seen);
                        }
                    });
            lines.transform(NovonixReader::unquote);
            String header = lines.require("the Novonix column header after '[Data]'");
            DelimitedTable.read(lines, header, DelimitedTable.Spec.of(',', NovonixReader::target, null)
                    .choose(columns, java.util.Set.of()), b);
        }
        b.metadata(CyclerMetadata.INSTRUMENT, "Novonix");
        b.metadata("format", "Novonix CSV export");
        return b.build();
    }

    /** A line wrapped whole in double quotes, unwrapped. */
    static String unquote(String line) {
        String t = line.trim();
        return t.length() >= 2 && t.charAt(0) == '"' && t.charAt(t.length() - 1) == '"'
                && t.indexOf('"', 1) == t.length() - 1 ? t.substring(1, t.length() - 1) : line;
    }

    static ColumnPlan.Target target(String header) {
        return switch (header) {
            case "Run Time (h)" -> ColumnPlan.Target.number(BdfColumns.TEST_TIME, 3600);
            case "Step Time (h)" -> ColumnPlan.Target.number(BdfColumns.STEP_TIME, 3600);
            case "Potential (V)" -> ColumnPlan.Target.number(BdfColumns.VOLTAGE, 1);
            case "Current (A)" -> ColumnPlan.Target.number(BdfColumns.CURRENT, 1);
            case "Cycle Number" -> ColumnPlan.Target.integer(BdfColumns.CYCLE_COUNT);
            case "Step Number" -> ColumnPlan.Target.integer(BdfColumns.STEP_INDEX);
            case "Date and Time" -> null;
            default -> ColumnPlan.Target.extra(header);
        };
    }
}
