package org.anodefree.io.cycler;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;
import org.anodefree.io.FieldSpans;

/**
 * Reads Neware BTS/BTSDA CSV exports. The record layer alone has a header such as {@code DataPoint,Cycle
 * Index,Step Index,Step Type,Time,Total Time,Current(A),Voltage(V),...}; BTSDA's "regular" export stacks three
 * header lines (cycle, step, record) and interleaves cycle rows, step rows (one leading comma) and record rows
 * (two leading commas): the records are read, with the cycle and step index of the rows above them. Units are
 * read from the brackets ({@code Current(mA)}, {@code Current(µA)}, {@code Voltage(mV)}); times are
 * {@code h:mm:ss[.fff]} (hours may pass 24); current is signed, positive on charge, as BDF; {@code Date} gives
 * the Unix time (local time read as UTC).
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
        // BTSDA writes UTF-8, or Windows-1252 (the micro sign of uA as the single byte 0xB5): read bytes as
        // Latin-1, which never fails, and accept both spellings of the units.
        try (TextLines lines = new TextLines(source, in, StandardCharsets.ISO_8859_1)) {
            String header = BiologicMptReader.stripBom(lines.require("the Neware header line"));
            String format = "Neware BTS CSV";
            if (header.startsWith("Cycle Index") && !header.contains("Step Index")) {
                int cycleFields = FieldSpans.fields(header, ',').length;
                lines.require("the step header line of a BTSDA regular export");
                String record = lines.require("the record header line of a BTSDA regular export");
                header = "Cycle Index,Step Index" + record.substring(Math.min(record.length(), 1));
                format = "Neware BTSDA regular CSV export (cycle, step and record rows)";
                lines.transform(new Stacked(cycleFields));
            }
            DelimitedTable.read(lines, header, DelimitedTable.Spec.of(',', NewareReader::target, null)
                    .choose(columns, java.util.Set.of()), b);
            b.metadata("format", format);
        }
        b.metadata(CyclerMetadata.INSTRUMENT, "Neware");
        return b.build();
    }

    static ColumnPlan.Target target(String header) {
        int open = header.indexOf('(');
        String name = open > 0 ? header.substring(0, open).trim() : header;
        String unit = open > 0 && header.endsWith(")") ? header.substring(open + 1, header.length() - 1) : "";
        return switch (name) {
            case "" -> null;
            case "Cumulative Time", "Total Time" -> new ColumnPlan.Target(BdfColumns.TEST_TIME, false,
                    ColumnPlan.Parse.DURATION, 1, true);
            case "Time" -> new ColumnPlan.Target(BdfColumns.STEP_TIME, false, ColumnPlan.Parse.DURATION, 1, false);
            case "Current" -> bdf(BdfColumns.CURRENT, prefix(unit, "A"), header);
            case "Voltage" -> bdf(BdfColumns.VOLTAGE, prefix(unit, "V"), header);
            case "Cycle Index", "Cycle ID" -> ColumnPlan.Target.integer(BdfColumns.CYCLE_COUNT);
            case "Step Index", "Step ID" -> ColumnPlan.Target.integer(BdfColumns.STEP_INDEX);
            case "Date" -> new ColumnPlan.Target(BdfColumns.UNIX_TIME, false, ColumnPlan.Parse.DATE_MDY, 1, false);
            default -> ColumnPlan.Target.extra(header);
        };
    }

    /** A BDF target, or the column under its own name when its unit is not one we know. */
    private static ColumnPlan.Target bdf(String label, double factor, String header) {
        return Double.isNaN(factor) ? ColumnPlan.Target.extra(header) : ColumnPlan.Target.number(label, factor);
    }

    /**
     * The factor of a unit such as {@code mA} to its base {@code A}: m, micro (written {@code µ}, {@code u},
     * {@code ?} or a replacement character) or none; NaN for anything else, so the column is refused.
     */
    static double prefix(String unit, String base) {
        if (unit.equals(base)) {
            return 1;
        }
        if (unit.length() == base.length() + 1 && unit.endsWith(base)) {
            return switch (unit.charAt(0)) {
                case 'm' -> 1e-3;
                case 'k' -> 1e3;
                case 'u', '\u00b5', '\u03bc', '?', '\ufffd' -> 1e-6;
                default -> Double.NaN;
            };
        }
        if (unit.equals("\u00c2\u00b5" + base)) {
            return 1e-6; // UTF-8 micro sign read as Latin-1
        }
        return unit.isEmpty() ? 1 : Double.NaN;
    }

    /**
     * Turns the rows of a BTSDA regular export into record rows that carry their cycle and step index: a cycle
     * row starts with its index, a step row with one comma and then the step index, and the first step row of a
     * cycle may follow the cycle's own fields on the same line.
     */
    private static final class Stacked implements java.util.function.UnaryOperator<String> {
        private final int cycleFields;
        private String cycle = "";
        private String step = "";

        Stacked(int cycleFields) {
            this.cycleFields = cycleFields;
        }

        @Override
        public String apply(String line) {
            if (line.startsWith(",,")) {
                return cycle + "," + step + line.substring(1);
            }
            if (line.isBlank()) {
                return line;
            }
            String[] f = FieldSpans.fields(line, ',');
            if (line.startsWith(",")) {
                step = f.length > 1 ? f[1].trim() : "";
            } else {
                cycle = f[0].trim();
                if (f.length > cycleFields) {
                    step = f[cycleFields].trim();
                }
            }
            return "";
        }
    }
}
