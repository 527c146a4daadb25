package org.anodefree.io.cycler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * How the fields of a delimited cycler table become columns of a record: for each header field a
 * {@link Target} (or nothing), parsed row by row into a value array that a reader's hook may adjust before the
 * row is written.
 */
final class ColumnPlan {
    /** How a field is parsed. */
    enum Parse { NUMBER, DURATION, TEXT_CODE }

    /**
     * Where a field goes.
     *
     * @param label column label in the record
     * @param isInt store as int
     * @param parse field shape
     * @param factor multiplies the parsed number (unit to SI)
     * @param required an unparsable value is an error; otherwise NaN, and the column is dropped when its first
     *        row is not a number (text columns such as dates)
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
    /** Parsed values of the current row, one per header field (NaN when skipped or empty). */
    final double[] values;

    ColumnPlan(String source, String[] header, int fields, Mapper mapper, boolean decimalComma,
            CyclingRecordBuilder builder) {
        this.source = source;
        this.header = java.util.Arrays.copyOf(header, fields);
        this.targets = new Target[fields];
        this.handles = new int[fields];
        this.values = new double[fields];
        this.decimalComma = decimalComma;
        this.builder = builder;
        for (int k = 0; k < fields; k++) {
            targets[k] = mapper.map(this.header[k].trim());
        }
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
        int n = fields.count;
        for (int k = 0; k < targets.length; k++) {
            Target t = targets[k];
            if (t == null) {
                continue;
            }
            double x;
            if (t.parse() == Parse.NUMBER) {
                x = fields.has(k) ? FieldParsers.number(fields.line, fields.start[k], fields.end[k], decimalComma)
                        : Double.NaN;
            } else {
                String f = fields.text(k);
                x = t.parse() == Parse.DURATION ? FieldParsers.duration(f)
                        : f.isBlank() ? Double.NaN : f.trim().charAt(0);
            }
            if (Double.isNaN(x) && t.required()) {
                String f = fields.text(k);
                throw InputException.at(source, line, k + 1, (k < n ? "" : "row has only " + n + " fields; ") + "field '" + header[k].trim() + "': '" + f.trim()
                        + "' is not " + (t.parse() == Parse.DURATION ? "a duration (like 1d 02:03:04.5)" : "a number"));
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

    /** A header field compared without case, spaces or punctuation. */
    static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
