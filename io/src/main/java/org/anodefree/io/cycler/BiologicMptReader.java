package org.anodefree.io.cycler;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anodefree.InputException;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;
import org.anodefree.io.FieldSpans;

/**
 * Reads BioLogic EC-Lab and BT-Lab text exports ({@code .mpt}, {@code .txt}, {@code .csv}): either
 * {@code EC-Lab ASCII FILE} (or {@code BT-Lab ASCII FILE}), {@code Nb header lines : N}, a header block
 * ({@link EcLabHeader}) and the column names on line N; or, exported without the header, the column names on
 * the first line. Points follow, separated by tabs, or by {@code ;} or {@code ,} in a CSV export. Windows-1252
 * text; numbers with a decimal point or, from a German-locale EC-Lab, a decimal comma (told apart by the first
 * point). {@code time/s} may be written as a date ({@code Time format : Absolute MMDDYYYY}, and every BT-Lab
 * timestamped export): it is then read as seconds since the acquisition start (as the {@code .mpr} holds it)
 * and also as {@link BdfColumns#UNIX_TIME}. Every column is numeric, so a field that is not a finite number is
 * an error naming its line and column; an empty field is a gap, counted in a warning.
 */
public final class BiologicMptReader {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Columns a header-less export must have one of to pass for a BioLogic table. */
    static final List<String> TIME_COLUMNS = List.of("time/s");

    private BiologicMptReader() {
    }

    /** Reads an {@code .mpt} from a stream; {@code source} names it in messages. */
    public static CyclingRecord read(String source, InputStream in) {
        return read(source, in, ColumnChoice.ALL);
    }

    /**
     * As {@link #read(String, InputStream)}, keeping the chosen columns (under {@link ColumnChoice#BDF} the
     * EC-Lab columns the BDF ones come from stay too).
     */
    public static CyclingRecord read(String source, InputStream in, ColumnChoice columns) {
        CyclingRecordBuilder b = new CyclingRecordBuilder(source);
        try (TextLines lines = new TextLines(source, in, WINDOWS_1252)) {
            String first = stripBom(lines.require("'EC-Lab ASCII FILE' or a line of column names"));
            EcLabHeader header;
            String names;
            if (first.trim().endsWith("ASCII FILE")) {
                List<String> block = new ArrayList<>(List.of(first));
                long headerLines = headerLineCount(source, lines.require("'Nb header lines : N'"));
                block.add("");
                while (lines.number() < headerLines - 1) {
                    block.add(lines.require("line " + headerLines + ", the column names (the header said "
                            + headerLines + " header lines)"));
                }
                names = lines.require("line " + headerLines + ", the column names");
                header = EcLabHeader.read(block, b::metadata);
                b.metadata("format", first.trim().startsWith("BT-Lab") ? "BioLogic BT-Lab text export"
                        : "BioLogic EC-Lab .mpt");
            } else if (isColumnLine(first)) {
                names = first;
                header = new EcLabHeader();
                b.metadata("format", "BioLogic EC-Lab/BT-Lab export without header");
            } else {
                throw InputException.at(source, 1, 1, "expected 'EC-Lab ASCII FILE' or a line of column names with"
                        + " time/s, found '" + abbreviate(first) + "'");
            }
            readTable(lines, names, header, columns, b);
        }
        return b.build();
    }

    private static void readTable(TextLines lines, String names, EcLabHeader header, ColumnChoice columns,
            CyclingRecordBuilder b) {
        String source = lines.source();
        char delimiter = delimiter(names);
        String[] head = FieldSpans.fields(names, delimiter);
        int n = head.length;
        while (n > 0 && head[n - 1].isBlank()) {
            n--;
        }
        for (int k = 0; k < n; k++) {
            head[k] = head[k].trim();
        }
        List<String> nameList = Arrays.asList(Arrays.copyOf(head, n));
        BiologicBdf bdf = BiologicBdf.of(source, nameList, b);
        String line = lines.next();
        while (line != null && line.isBlank()) {
            line = lines.next();
        }
        FieldSpans fields = new FieldSpans(n + 4);
        boolean decimalComma = line != null && DelimitedTable.decimalComma(line, delimiter);
        boolean absolute = false;
        if (line != null) {
            fields.split(line, delimiter);
            String t = fields.text(bdf.time).trim();
            absolute = header.absoluteTime || t.indexOf(':') > 0 && (t.indexOf('/') > 0 || t.indexOf('-') > 0);
        }
        boolean dayFirst = header.dayFirst || absolute && line != null && dayFirst(fields.text(bdf.time));
        java.util.Set<String> sources = java.util.Set.of("time/s", "Ewe/V", "<Ewe>/V", "<Ewe/V>", "Ecell/V", "<Ecell>/V",
                "I/mA", "<I>/mA", "Ns", "cycle number");
        int timeColumn = bdf.time;
        boolean abs = absolute;
        ColumnPlan plan = new ColumnPlan(source, head, n, h -> {
            if (abs && h.equals("time/s")) {
                return new ColumnPlan.Target(h, false, dayFirst ? ColumnPlan.Parse.DATE_DMY : ColumnPlan.Parse.DATE_MDY,
                        1, true);
            }
            return columns == ColumnChoice.ALL || sources.contains(h) ? ColumnPlan.Target.extra(h) : null;
        }, decimalComma, b).strict();
        int[] bdfHandles = new int[n];
        for (int k = 0; k < n; k++) {
            bdfHandles[k] = bdf.bdfHandle(k, b);
        }
        int unix = absolute ? b.doubleColumn(BdfColumns.UNIX_TIME) : -1;
        double origin = absolute && header.acquisitionStart != null
                ? FieldParsers.dateTime(header.acquisitionStart, dayFirst) : Double.NaN;
        while (line != null) {
            long number = lines.number();
            if (!line.isBlank()) {
                fields.split(line, delimiter);
                plan.parse(fields, number);
                if (absolute) {
                    double epoch = plan.values[timeColumn];
                    if (Double.isNaN(origin)) {
                        origin = epoch;
                    }
                    b.set(unix, epoch);
                    plan.values[timeColumn] = epoch - origin;
                }
                for (int k = 0; k < n; k++) {
                    int h = bdfHandles[k];
                    if (h < 0) {
                        continue;
                    }
                    double x = plan.values[k];
                    if (bdf.bdfIsInt(k)) {
                        b.setInt(h, Double.isNaN(x) ? 0 : (int) x);
                    } else {
                        b.set(h, x * bdf.bdfFactor(k));
                    }
                }
                if (bdf.current < 0) {
                    b.set(CyclingRecordBuilder.CURRENT, 0.0);
                }
                plan.write();
            }
            line = lines.next();
        }
        plan.finish();
    }

    private static long headerLineCount(String source, String count) {
        int colon = count.indexOf(':');
        long headerLines;
        try {
            headerLines = Long.parseLong(count.substring(colon + 1).trim());
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw InputException.at(source, 2, 0, "expected 'Nb header lines : N', found '" + abbreviate(count) + "'");
        }
        if (colon < 0 || headerLines < 3 || headerLines > 100_000) {
            throw InputException.at(source, 2, 0, "header line count " + headerLines + " must be 3 to 100000");
        }
        return headerLines;
    }

    /** True for a first line that names BioLogic columns ({@code mode}, {@code time/s}, ...). */
    static boolean isColumnLine(String line) {
        String t = stripBom(line);
        char d = delimiter(t);
        List<String> f = Arrays.asList(FieldSpans.fields(t, d));
        // trailing empty fields (a line ending in delimiters) do not count towards the three columns
        int last = f.size();
        while (last > 0 && f.get(last - 1).isEmpty()) {
            last--;
        }
        f = f.subList(0, last);
        return f.size() >= 3 && f.stream().map(String::trim).anyMatch(TIME_COLUMNS::contains)
                && f.stream().map(String::trim).anyMatch(x -> x.startsWith("E") && x.endsWith("/V")
                || x.startsWith("<E") || x.equals("mode") || x.equals("Ns"));
    }

    /** Tab, else {@code ;}, else {@code ,} (EC-Lab's CSV export in the locale's list separator). */
    static char delimiter(String names) {
        return names.indexOf('\t') >= 0 ? '\t' : names.indexOf(';') >= 0 ? ';' : ',';
    }

    /** A date whose first part exceeds 12 is day first. */
    private static boolean dayFirst(String date) {
        String[] d = date.trim().split("[/.-]", 2);
        try {
            return d.length == 2 && d[0].length() <= 2 && Integer.parseInt(d[0]) > 12;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line.startsWith("\u00EF\u00BB\u00BF") ? line.substring(3)
                : line;
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
