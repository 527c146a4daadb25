package org.anodefree.io.cycler;

import java.util.Locale;
import org.anodefree.InputException;

/** The cycler file formats anodefree reads, told apart by their content (the extension plays no part). */
public enum CyclerFormat {
    BIOLOGIC_MPR("mpr", "BioLogic EC-Lab binary .mpr"),
    BIOLOGIC_MPT("mpt", "BioLogic EC-Lab/BT-Lab text export (.mpt, .txt, .csv)"),
    BIOLOGIC_MPL("mpl", "BioLogic EC-Lab log .mpl (reads the .mpr beside it)"),
    MACCOR("maccor", "MACCOR text export"),
    MACCOR_EIS("maccor-eis", "MACCOR AC impedance export"),
    NEWARE("neware", "Neware BTS/BTSDA CSV export"),
    NEWARE_NDA("nda", "Neware binary .nda"),
    NEWARE_NDAX("ndax", "Neware .ndax archive"),
    ARBIN("arbin", "Arbin CSV export"),
    ARBIN_RES("res", "Arbin .res (MS Access) database"),
    XLSX("xlsx", "Neware, Arbin or Landt .xlsx export"),
    LANDT("landt", "Landt tidy CSV"),
    NOVONIX("novonix", "Novonix CSV export"),
    BASYTEC("basytec", "Basytec text export"),
    PEC("pec", "PEC CSV export"),
    BDF("bdf", "Battery Data Format CSV");

    /** Bytes of the head of a file that detection looks at. */
    public static final int HEAD_BYTES = 16384;

    private final String cliName;
    private final String description;

    CyclerFormat(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    /** The name used on the command line ({@code --format mpr}). */
    public String cliName() {
        return cliName;
    }

    /** What the format is, for messages and {@code --help}. */
    public String description() {
        return description;
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

    /**
     * The format of a file from its first bytes (the names of a zip's members are read from their local
     * headers), or an error listing each format tried and why it does not fit, and how to force one.
     */
    public static CyclerFormat detect(String source, byte[] head) {
        return FormatDetector.detect(source, head, null);
    }

    /** The valid {@code --format} names after "auto", each preceded by ", ". */
    static String names() {
        StringBuilder sb = new StringBuilder();
        for (CyclerFormat f : values()) {
            sb.append(", ").append(f.cliName);
        }
        return sb.toString();
    }
}
