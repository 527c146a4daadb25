package org.anodefree.io.cycler;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.anodefree.InputException;

/** The cycler file formats anodefree reads, told apart by their content (the extension only breaks ties). */
public enum CyclerFormat {
    BIOLOGIC_MPR("mpr"),
    BIOLOGIC_MPT("mpt"),
    MACCOR("maccor"),
    MACCOR_EIS("maccor-eis"),
    NEWARE("neware"),
    ARBIN("arbin"),
    LANDT("landt"),
    BDF("bdf");

    /** Bytes of the head of a file that detection looks at. */
    public static final int HEAD_BYTES = 8192;

    private final String cliName;

    CyclerFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line ({@code --format mpr}). */
    public String cliName() {
        return cliName;
    }

    /** The format of a {@code --format} value ("auto" gives {@code null}); an error lists the valid names. */
    public static CyclerFormat fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("auto")) {
            return null;
        }
        for (CyclerFormat f : values()) {
            if (f.cliName.equals(n)) {
                return f;
            }
        }
        throw new InputException("--format: unknown format '" + name + "'; valid: auto" + names());
    }

    /** The format of a file from its first bytes, or an error saying how to force one. */
    public static CyclerFormat detect(String source, byte[] head) {
        if (BiologicMprReader.startsWith(head, 0, BiologicMprReader.MAGIC)) {
            return BIOLOGIC_MPR;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.startsWith("\u00EF\u00BB\u00BF")) {
            firstLine = firstLine.substring(3); // a UTF-8 byte-order mark read as Latin-1
        }
        if (firstLine.trim().endsWith("ASCII FILE")) {
            return BIOLOGIC_MPT;
        }
        if (firstLine.startsWith("MACCOR") && firstLine.contains("Impedance")) {
            return MACCOR_EIS;
        }
        if (firstLine.startsWith("Today's Date") || text.contains("\nRec#\tCyc#\t")) {
            return MACCOR;
        }
        if (firstLine.contains("Data_Point") && firstLine.contains("Test_Time")) {
            return ARBIN;
        }
        if (firstLine.contains("Cycle Index") && firstLine.contains("Step Index") && firstLine.contains("Voltage(")) {
            return NEWARE;
        }
        if (text.contains("test_time_s") && text.contains("current_A")) {
            return LANDT;
        }
        if (firstLine.contains("Test Time / ") || firstLine.contains("test_time_second")
                || firstLine.contains("Voltage / V")) {
            return BDF;
        }
        if (head.length == 0) {
            throw InputException.atByte(source, 0, "the file is empty");
        }
        throw new InputException(source + ": cannot tell the cycler format from the content (first line '"
                + BiologicMptReader.abbreviate(firstLine.strip()) + "'); give --format, one of" + names());
    }

    private static String names() {
        StringBuilder sb = new StringBuilder();
        for (CyclerFormat f : values()) {
            sb.append(", ").append(f.cliName);
        }
        return sb.toString();
    }
}
