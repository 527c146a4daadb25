package org.anodefree.io.cycler;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads cycler workbooks ({@code .xlsx}) with fastexcel's streaming reader: the first sheet whose first row is
 * a known record header, Neware BTSDA's {@code record} sheet ({@code DataPoint, Cycle Index, ..., Voltage(V)})
 * or an Arbin channel sheet ({@code Data_Point, Test_Time(s), ...}). Its rows are streamed as delimited text
 * through the same column mapping and number checks as that cycler's CSV export ({@link NewareReader},
 * {@link ArbinReader}), so a workbook and a CSV of the same test give the same record; errors name the sheet
 * and row. BTSDA's {@code unit} and {@code test} sheets go into metadata.
 */
public final class XlsxReader {
    /** Between cells: a character no cycler writes into a cell. */
    static final char SEPARATOR = '\u001F';

    private XlsxReader() {
    }

    /** Reads a workbook, keeping the chosen columns. */
    public static CyclingRecord read(Path file, ColumnChoice columns) throws IOException {
        String source = file.toString();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            CyclingRecordBuilder b = new CyclingRecordBuilder(source);
            StringBuilder seen = new StringBuilder();
            for (Sheet sheet : sheets) {
                String kind;
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        continue;
                    }
                    String header = line(it.next());
                    kind = kind(header);
                    seen.append(seen.length() > 0 ? ", " : "").append(sheet.getName());
                    if (kind == null) {
                        if (sheet.getName().equalsIgnoreCase("unit") || sheet.getName().equalsIgnoreCase("test")) {
                            keyValues(sheet, b);
                        }
                        continue;
                    }
                    String where = source + " sheet '" + sheet.getName() + "'";
                    try (TextLines lines = new TextLines(where, new RowsReader(it))) {
                        ColumnPlan.Mapper mapper = kind.equals("neware") ? NewareReader::target : ArbinReader::target;
                        DelimitedTable.read(lines, header, new DelimitedTable.Spec(SEPARATOR, mapper, null, true,
                                Boolean.FALSE).choose(columns, java.util.Set.of()), b);
                    }
                }
                b.metadata("format", (kind.equals("neware") ? "Neware BTSDA" : "Arbin") + " .xlsx export, sheet '"
                        + sheet.getName() + "'");
                b.metadata(CyclerMetadata.INSTRUMENT, kind.equals("neware") ? "Neware" : "Arbin");
                return b.build();
            }
            throw new InputException(source + ": no sheet whose first row is a Neware (DataPoint, Cycle Index,"
                    + " Voltage(V), ...) or Arbin (Data_Point, Test_Time, ...) record header; sheets: " + seen);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            // fastexcel parses the XML; a damaged workbook surfaces as its own exception.
            throw new InputException(source + ": not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        }
    }

    /** "neware", "arbin" or null for a header row. */
    static String kind(String header) {
        String h = header.replace(SEPARATOR, ',');
        if (h.contains("Cycle Index") && h.contains("Voltage(") && (h.contains("Total Time")
                || h.contains("Cumulative Time"))) {
            return "neware";
        }
        if (h.contains("Data_Point") && h.contains("Test_Time")) {
            return "arbin";
        }
        return null;
    }

    /** BTSDA's unit/test sheets: rows of label, value pairs. */
    private static void keyValues(Sheet sheet, CyclingRecordBuilder b) throws IOException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (Stream<Row> rows = sheet.openStream()) {
            rows.limit(200).forEach(r -> {
                String key = null;
                for (Cell c : r) {
                    String v = c == null ? "" : text(c).trim();
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (key == null) {
                        key = v;
                    } else {
                        CyclerMetadata.put(b, "neware.", key, v, seen);
                        key = null;
                    }
                }
            });
        }
    }

    static String line(Row row) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < row.getCellCount(); k++) {
            if (k > 0) {
                sb.append(SEPARATOR);
            }
            Cell c = row.getCell(k);
            if (c != null) {
                sb.append(text(c).replace('\n', ' ').replace('\r', ' ').replace(SEPARATOR, ' '));
            }
        }
        return sb.toString();
    }

    private static String text(Cell c) {
        String raw = c.getRawValue();
        return raw == null ? "" : raw;
    }

    /** The rows after the header as lines of text, produced as they are read. */
    private static final class RowsReader extends Reader {
        private final Iterator<Row> rows;
        private String pending = "";
        private int at;

        RowsReader(Iterator<Row> rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            while (at == pending.length()) {
                if (!rows.hasNext()) {
                    return -1;
                }
                pending = line(rows.next()) + "\n";
                at = 0;
            }
            int n = Math.min(len, pending.length() - at);
            pending.getChars(at, at + n, cbuf, off);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
