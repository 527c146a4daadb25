package org.anodefree.io.cycler;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Reads BioLogic EC-Lab {@code .mpt} text exports: {@code EC-Lab ASCII FILE}, {@code Nb header lines : N},
 * the column names on line N, tab-separated points after it. Windows-1252 text; numbers with a decimal point
 * or, from a German-locale EC-Lab, a decimal comma (told apart by the first point).
 */
public final class BiologicMptReader {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
            String magic = lines.require("'EC-Lab ASCII FILE'");
            if (!magic.trim().endsWith("ASCII FILE")) {
                throw InputException.at(source, 1, 1, "expected 'EC-Lab ASCII FILE', found '" + abbreviate(magic) + "'");
            }
            String count = lines.require("'Nb header lines : N'");
            int colon = count.indexOf(':');
            long headerLines;
            try {
                headerLines = Long.parseLong(count.substring(colon + 1).trim());
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw InputException.at(source, 2, 0, "expected 'Nb header lines : N', found '"
                        + abbreviate(count) + "'");
            }
            if (colon < 0 || headerLines < 3) {
                throw InputException.at(source, 2, 0, "header line count " + headerLines + " must be >= 3");
            }
            String names = null;
            while (lines.number() < headerLines) {
                names = lines.require("line " + headerLines + ", the column names (the header said "
                        + headerLines + " header lines)");
            }
            String[] header = names.split("\t", -1);
            int n = header.length;
            while (n > 0 && header[n - 1].isBlank()) {
                n--;
            }
            FieldSpans fields = new FieldSpans(n + 4);
            String first = lines.next();
            if (first != null && first.isBlank()) {
                first = lines.next();
            }
            boolean decimalComma = first != null && decimalComma(first);
            List<String> nameList = Arrays.asList(Arrays.copyOf(header, n));
            BiologicBdf bdf = BiologicBdf.of(source, nameList, b);
            java.util.Set<String> sources = java.util.Set.of("time/s", "Ewe/V", "<Ewe>/V", "I/mA", "<I>/mA", "Ns",
                    "cycle number");
            ColumnPlan plan = new ColumnPlan(source, header, n, h -> columns == ColumnChoice.ALL || sources.contains(h)
                    ? ColumnPlan.Target.extra(h) : null, decimalComma, b);
            int[] bdfHandles = new int[n];
            for (int k = 0; k < n; k++) {
                bdfHandles[k] = bdf.bdfHandle(k, b);
            }
            for (String line = first; line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                fields.split(line, '\t');
                plan.parse(fields, lines.number());
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
            plan.finish();
        }
        b.metadata("format", "BioLogic EC-Lab .mpt");
        return b.build();
    }

    /** A German-locale export writes {@code 2,065E+001}: a comma and no point in a number field. */
    private static boolean decimalComma(String line) {
        for (String f : line.split("\t")) {
            String t = f.trim();
            if (t.indexOf(',') > 0 && t.indexOf('.') < 0) {
                return true;
            }
        }
        return false;
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
