package org.anodefree.io.cycler;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.anodefree.cycling.CycleTable;
import org.anodefree.cycling.CyclingColumn;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.io.AtomicFiles;

/**
 * Writes a {@link CyclingRecord} as Battery Data Format CSV: every row, every column, labels as header (time,
 * voltage and current first), numbers in Java's shortest round-trip form, NaN as an empty field; and a
 * {@link CycleTable} in the same form.
 */
public final class BdfCsvWriter {
    private BdfCsvWriter() {
    }

    /** Writes {@code record} to {@code file}, atomically. */
    public static void write(CyclingRecord record, Path file) {
        AtomicFiles.write(file, out -> write(record, out));
    }

    /** Writes {@code record} to a stream (not closed). */
    public static void write(CyclingRecord record, OutputStream out) throws IOException {
        write(record.columns(), record.rows(), out);
    }

    /** Writes a per-cycle table ({@code cycles.csv}) the same way, atomically. */
    public static void write(CycleTable table, Path file) {
        AtomicFiles.write(file, out -> write(table.columns(), table.rows(), out));
    }

    private static void write(List<CyclingColumn> columns, int rows, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            w.write(quoted(columns.get(c).label()));
        }
        w.write('\n');
        StringBuilder line = new StringBuilder(256);
        for (int r = 0; r < rows; r++) {
            line.setLength(0);
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    line.append(',');
                }
                CyclingColumn col = columns.get(c);
                if (col.isInt()) {
                    line.append(col.ints()[r]);
                } else {
                    double x = col.doubles()[r];
                    if (!Double.isNaN(x)) {
                        line.append(x);
                    }
                }
            }
            line.append('\n');
            w.append(line);
        }
        w.flush();
    }

    private static String quoted(String label) {
        return label.indexOf(',') >= 0 || label.indexOf('"') >= 0
                ? '"' + label.replace("\"", "\"\"") + '"' : label;
    }
}
