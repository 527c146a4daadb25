package org.anodefree.io.cycler;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anodefree.InputException;

/**
 * Tells a cycler file's format from its content: magic bytes ({@code BIO-LOGIC MODULAR FILE}, {@code NEWARE},
 * {@code Standard Jet DB}), the members of a zip ({@code .ndc} for an {@code .ndax}, {@code xl/workbook.xml}
 * for an {@code .xlsx}), or the first lines of a text export. Each format has a probe that answers {@code null}
 * for a match or why not, so a refusal lists every format tried and why each failed.
 */
final class FormatDetector {
    /** Text lines of the head a probe looks at for a header below a preamble. */
    static final int PREAMBLE_LINES = 60;

    private FormatDetector() {
    }

    /**
     * The format of a file whose first bytes are {@code head}; {@code zipMembers} are the member names of a zip
     * when the caller could list them ({@code null}: the names in the head's local headers are used).
     */
    static CyclerFormat detect(String source, byte[] head, List<String> zipMembers) {
        if (head.length == 0) {
            throw InputException.atByte(source, 0, "the file is empty");
        }
        Head h = new Head(head, zipMembers);
        List<String> why = new ArrayList<>();
        for (CyclerFormat f : CyclerFormat.values()) {
            String reason = probe(f, h);
            if (reason == null) {
                return f;
            }
            why.add(f.cliName() + ": " + reason);
        }
        throw new InputException(source + ": cannot tell the cycler format from the content (first line '"
                + BiologicMptReader.abbreviate(h.firstLine.strip()) + "'); tried " + String.join("; ", why)
                + ". Give --format, one of" + CyclerFormat.names());
    }

    private static String probe(CyclerFormat f, Head h) {
        return switch (f) {
            case BIOLOGIC_MPR -> h.startsWith(BiologicMprReader.MAGIC) ? null : "no 'BIO-LOGIC MODULAR FILE' magic";
            case NEWARE_NDA -> h.startsWith(NdaReader.MAGIC) || h.zipHas(".nda") ? null
                    : "no 'NEWARE' magic (nor a zip holding an .nda)";
            case NEWARE_NDAX -> h.zipHas(".ndc") ? null : "not a zip of .ndc members";
            case ARBIN_RES -> h.jet() ? null : "no 'Standard Jet DB' (MS Access) magic";
            case XLSX -> h.zipHas("xl/workbook.xml") || h.zipHas("[content_types].xml") ? null
                    : "not a zip with xl/workbook.xml";
            default -> h.binary() ? "a binary file, not text" : textProbe(f, h);
        };
    }

    private static String textProbe(CyclerFormat f, Head h) {
        String first = h.firstLine;
        return switch (f) {
            case BIOLOGIC_MPT -> first.trim().endsWith("ASCII FILE") || BiologicMptReader.isColumnLine(first) ? null
                    : "first line is neither 'EC-Lab ASCII FILE' nor BioLogic column names (time/s, Ewe/V, ...)";
            case BIOLOGIC_MPL -> first.trim().endsWith("LOG FILE") ? null : "first line is not 'EC-Lab LOG FILE'";
            case MACCOR_EIS -> first.startsWith("MACCOR") && first.contains("Impedance") ? null
                    : "first line is not 'MACCOR, INC. AC Impedance Test'";
            case MACCOR -> h.anyLine(MaccorReader::isHeader) ? null
                    : "no header line starting 'Rec#' in the first " + PREAMBLE_LINES + " lines";
            case NOVONIX -> first.trim().equals("[Summary]") && h.text.contains("Novonix") ? null
                    : "first line is not '[Summary]' of a Novonix file";
            case BASYTEC -> first.startsWith("~Resultfile from Basytec") || h.anyLine(l -> l.startsWith("~Time[")) ? null
                    : "no '~Resultfile from Basytec' line nor a '~Time[s]' header";
            case PEC -> h.anyLine(PecReader::isHeader) ? null : "no PEC header (Test,Cell,...,Total Time (Hours in"
                    + " hh:mm:ss.xxx))";
            case ARBIN -> first.contains("Data_Point") && first.contains("Test_Time") ? null
                    : "first line has no Data_Point and Test_Time";
            case NEWARE -> first.contains("Cycle Index") && (first.contains("Step Index") || first.contains("Chg. Cap."))
                    ? null : "first line has no 'Cycle Index' with 'Step Index' or 'Chg. Cap.'";
            case LANDT -> h.text.contains("test_time_s") && h.text.contains("current_A") ? null
                    : "no test_time_s and current_A header";
            case BDF -> first.contains("Test Time / ") || first.contains("test_time_second")
                    || first.contains("Voltage / V") ? null : "first line has no 'Test Time / unit' or 'Voltage / V'";
            default -> "not a text format";
        };
    }

    /** The head of a file, decoded once for the text probes. */
    private static final class Head {
        final byte[] bytes;
        final String text;
        final String firstLine;
        final List<String> lines;
        final List<String> zipMembers;

        Head(byte[] bytes, List<String> zipMembers) {
            this.bytes = bytes;
            String t = new String(bytes, StandardCharsets.ISO_8859_1);
            this.text = BiologicMptReader.stripBom(t);
            this.lines = text.lines().limit(PREAMBLE_LINES).toList();
            this.firstLine = lines.isEmpty() ? "" : lines.get(0);
            this.zipMembers = zipMembers != null ? zipMembers : localHeaderNames(bytes);
        }

        boolean startsWith(byte[] magic) {
            return BiologicMprReader.startsWith(bytes, 0, magic);
        }

        boolean jet() {
            return bytes.length > 19 && (new String(bytes, 4, 15, StandardCharsets.ISO_8859_1).startsWith("Standard Jet DB")
                    || new String(bytes, 4, 15, StandardCharsets.ISO_8859_1).startsWith("Standard ACE DB"));
        }

        boolean zipHas(String suffix) {
            for (String m : zipMembers) {
                if (m.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                    return true;
                }
            }
            return false;
        }

        boolean anyLine(java.util.function.Predicate<String> p) {
            for (String l : lines) {
                if (p.test(l)) {
                    return true;
                }
            }
            return false;
        }

        /** A NUL byte or mostly control characters in the first KB: not a text export. */
        boolean binary() {
            int n = Math.min(bytes.length, 1024);
            int control = 0;
            for (int k = 0; k < n; k++) {
                int b = bytes[k] & 0xFF;
                if (b == 0) {
                    return true;
                }
                control += b < 0x09 || b > 0x0D && b < 0x20 ? 1 : 0;
            }
            return control > n / 10;
        }

        /** Member names from the zip local file headers in the head, as far as their sizes allow walking. */
        private static List<String> localHeaderNames(byte[] b) {
            List<String> names = new ArrayList<>();
            int at = 0;
            while (at + 30 <= b.length && b[at] == 'P' && b[at + 1] == 'K' && b[at + 2] == 3 && b[at + 3] == 4) {
                int flags = u2(b, at + 6);
                long compressed = u4(b, at + 18);
                int nameLength = u2(b, at + 26);
                int extra = u2(b, at + 28);
                if (at + 30 + nameLength > b.length) {
                    break;
                }
                names.add(new String(b, at + 30, nameLength, StandardCharsets.UTF_8));
                if ((flags & 8) != 0 || compressed == 0xFFFFFFFFL) {
                    break; // sizes follow the data (or are zip64): the next header cannot be found from here
                }
                long next = at + 30L + nameLength + extra + compressed;
                if (next > Integer.MAX_VALUE) {
                    break;
                }
                at = (int) next;
            }
            return names;
        }

        private static int u2(byte[] b, int at) {
            return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
        }

        private static long u4(byte[] b, int at) {
            return u2(b, at) | (long) u2(b, at + 2) << 16;
        }
    }
}
