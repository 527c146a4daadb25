package org.anodefree.io.cycler;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.anodefree.InputException;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Reads a MACCOR AC-impedance export ({@code MACCOR, INC.    AC Impedance Test}): preamble lines, then a
 * tab-separated table from the line starting {@code Freq(Hz)}. Time is {@code time(sec)}, voltage the DC level
 * {@code V-DC}, current 0 (a sweep about open circuit); every other column is kept under its own name.
 */
public final class MaccorEisReader {
    static final int MAX_PREAMBLE_LINES = 100;

    private MaccorEisReader() {
    }

    /** Reads a MACCOR EIS export from a stream; {@code source} names it in messages. */
    public static CyclingRecord read(String source, InputStream in) {
        CyclingRecordBuilder b = new CyclingRecordBuilder(source);
        try (TextLines lines = new TextLines(source, in, StandardCharsets.ISO_8859_1)) {
            String first = lines.require("'MACCOR, INC.  AC Impedance Test'");
            if (!first.startsWith("MACCOR") || !first.contains("Impedance")) {
                throw InputException.at(source, 1, 1, "expected 'MACCOR, INC.    AC Impedance Test'");
            }
            String header = lines.header(l -> l.startsWith("Freq(Hz)"), MAX_PREAMBLE_LINES,
                    "table header starting 'Freq(Hz)'", line -> {
                        if (!line.isBlank()) {
                            b.metadata("preamble line " + lines.number(), line.trim());
                        }
                    });
            DelimitedTable.read(lines, header, DelimitedTable.Spec.of('\t', h -> switch (h) {
                case "time(sec)" -> ColumnPlan.Target.number(BdfColumns.TEST_TIME, 1);
                case "V-DC" -> ColumnPlan.Target.number(BdfColumns.VOLTAGE, 1);
                default -> ColumnPlan.Target.extra(h);
            }, null).withoutRequiredCurrent(), b);
        }
        b.metadata("format", "MACCOR AC impedance export");
        return b.build();
    }
}
