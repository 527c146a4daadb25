package org.anodefree.io.cycler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecordBuilder;
import org.anodefree.io.FieldSpans;

/**
 * How the fields of a delimited cycler table become columns of a record: for each header field a
 * {@link Target} (or nothing), parsed row by row into a value array that a reader's hook may adjust before the
 * row is written.
 */
final class ColumnPlan {
    /** How a field is parsed. */
    enum Parse { NUMBER, DURATION, TEXT_CODE, DATE_MDY, DATE_DMY }

    /**
     * Where a field goes.
     *
     * @param label column label in the record
     * @param isInt store as int
     * @param parse field shape
     * @param factor multiplies the parsed number (unit to SI)
     * @param required an empty or unparsable value is an error; otherwise the column is dropped when its first
     *        row is not a number (text columns such as dates), and after that an empty field, or one that is not
     *        a finite number, is a gap (NaN), counted and reported as a warning; under a strict plan (a format
     *        whose every column is numeric) only an empty field may be a gap
     */
    record Target(String label, boolean isInt, Parse parse, double factor, boolean required) {
        static Target number(String label, double factor) {
            return new Target(label, false, Parse.NUMBER, factor, true);
        }

        static Target integer(String label) {
            return new Target(label, true, Parse.NUMBER, 1, true);
        }

        static Target extra(String label) {
            return new Target(label, false, Parse.NUMBER, 1, false);
        }
    }

    /** Maps a header field to its target, or {@code null} to skip it. */
    interface Mapper {
        Target map(String header);
    }

    private final String source;
    private final String[] header;
    private final Target[] targets;
    private final int[] handles;
    private final boolean decimalComma;
    private final CyclingRecordBuilder builder;
    private boolean probed;
    /** Empty fields per column after the first row, and the line of the first. */
    private final long[] gaps;
    private final long[] firstGapLine;
    private final long[] notNumbers;
    private final long[] firstNotNumberLine;
    private boolean strict;
    /** Parsed values of the current row, one per header field (NaN when skipped or empty). */
    final double[] values;

    ColumnPlan(String source, String[] header, int fields, Mapper mapper, boolean decimalComma,
            CyclingRecordBuilder builder) {
        this.source = source;
        this.header = java.util.Arrays.copyOf(header, fields);
        this.targets = new Target[fields];
        this.handles = new int[fields];
        this.values = new double[fields];
        this.gaps = new long[fields];
        this.firstGapLine = new long[fields];
        this.notNumbers = new long[fields];
        this.firstNotNumberLine = new long[fields];
        this.decimalComma = decimalComma;
        this.builder = builder;
        for (int k = 0; k < fields; k++) {
            targets[k] = mapper.map(this.header[k].trim());
        }
    }

    /** Makes every numeric column strict: a field that is not a finite number is an error, not a gap. */
    ColumnPlan strict() {
        strict = true;
        return this;
    }

    /** Index of the field that goes to {@code label}, or -1. */
    int slot(String label) {
        for (int k = 0; k < targets.length; k++) {
            if (targets[k] != null && targets[k].label().equals(label)) {
                return k;
            }
        }
        return -1;
    }

    /** Fails unless some field maps to each label, naming the header fields accepted for it. */
    void require(String label, String accepted) {
        if (slot(label) < 0) {
            throw new InputException(source + ": no " + accepted + " column in the header; found "
                    + String.join(", ", header));
        }
    }

    /** Parses one row into {@link #values}. */
    void parse(FieldSpans fields, long line) {
        int n = fields.count();
        for (int k = 0; k < targets.length; k++) {
            Target t = targets[k];
            if (t == null) {
                continue;
            }
            double x;
            if (t.parse() == Parse.NUMBER) {
                x = fields.has(k) ? FieldParsers.number(fields.line(), fields.start(k), fields.end(k), decimalComma)
                        : Double.NaN;
            } else {
                String f = fields.text(k).trim();
                x = switch (t.parse()) {
                    case DURATION -> FieldParsers.duration(f, decimalComma);
                    case DATE_MDY, DATE_DMY -> FieldParsers.dateTime(f, t.parse() == Parse.DATE_DMY);
                    default -> f.isEmpty() ? Double.NaN : f.charAt(0);
                };
            }
            if (Double.isNaN(x) && (t.required() || probed)) {
                String f = fields.text(k).trim();
                if (!t.required() && f.isEmpty()) {
                    if (gaps[k]++ == 0) {
                        firstGapLine[k] = line;
                    }
                } else if (!t.required() && (!strict || undefinedMark(f))) {
                    if (notNumbers[k]++ == 0) {
                        firstNotNumberLine[k] = line;
                    }
                } else {
                    throw InputException.at(source, line, k + 1, (k < n ? "" : "row has only " + n + " fields; ")
                            + "field '" + header[k].trim() + "': '" + BiologicMptReader.abbreviate(f) + "' is not "
                            + expected(t.parse()));
                }
            }
            values[k] = x * t.factor();
        }
        if (!probed) {
            declare();
        }
    }

    /** Writes the current values into the builder and ends the row. */
    void write() {
        for (int k = 0; k < targets.length; k++) {
            Target t = targets[k];
            if (t == null) {
                continue;
            }
            if (t.isInt()) {
                double x = values[k];
                builder.setInt(handles[k], Double.isNaN(x) ? 0 : (int) Math.max(Integer.MIN_VALUE,
                        Math.min(Integer.MAX_VALUE, x)));
            } else {
                builder.set(handles[k], values[k]);
            }
        }
        builder.endRow();
    }

    /** After the last row: a table without rows still gets every mapped column (empty). */
    void finish() {
        if (!probed) {
            java.util.Arrays.fill(values, 0.0);
            declare();
        }
        for (int k = 0; k < targets.length; k++) {
            if (gaps[k] > 0) {
                builder.warn(source + ": column '" + header[k].trim() + "' has " + gaps[k] + " empty field(s), kept"
                        + " as gaps (NaN); the first on line " + firstGapLine[k]);
            }
            if (notNumbers[k] > 0) {
                builder.warn(source + ": column '" + header[k].trim() + "' has " + notNumbers[k] + " field(s) that"
                        + " are not finite numbers" + (strict ? " (INF or NAN, written by the exporter)" : "")
                        + ", kept as gaps (NaN); the first on line " + firstNotNumberLine[k]);
            }
        }
    }

    private void declare() {
        probed = true;
        List<String> seen = new ArrayList<>();
        for (int k = 0; k < targets.length; k++) {
            Target t = targets[k];
            if (t == null) {
                continue;
            }
            if ((!t.required() && Double.isNaN(values[k])) || seen.contains(t.label())) {
                targets[k] = null; // a text column, or a second column of the same name
                continue;
            }
            seen.add(t.label());
            handles[k] = t.isInt() ? builder.intColumn(t.label()) : builder.doubleColumn(t.label());
        }
    }

    /** EC-Lab writes {@code INF} or {@code NAN} where its own formula divides by zero (Efficiency/%). */
    private static boolean undefinedMark(String f) {
        String u = f.startsWith("-") || f.startsWith("+") ? f.substring(1) : f;
        return u.equalsIgnoreCase("inf") || u.equalsIgnoreCase("nan") || u.equalsIgnoreCase("infinity");
    }

    private static String expected(Parse p) {
        return switch (p) {
            case DURATION -> "a duration (like 1d 02:03:04.5)";
            case TEXT_CODE -> "a state code";
            case DATE_MDY -> "a date and time (like 12/31/2025 14:30:15.519)";
            case DATE_DMY -> "a date and time (like 31/12/2025 14:30:15.519)";
            case NUMBER -> "a finite number";
        };
    }

    /** A header field compared without case, spaces or punctuation. */
    static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
