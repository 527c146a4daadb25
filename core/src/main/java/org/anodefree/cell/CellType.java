package org.anodefree.cell;

import java.util.Locale;
import org.anodefree.InputException;

/** The three cell architectures of the source study (Lewis et al.): what sits on each side of the LPSC separator. */
public enum CellType {
    /** Cu | LPSC | thick Li foil: Li is plated onto and stripped from bare Cu against a Li reservoir. */
    HALF("half", false, false),
    /** Cu | LPSC | NMC622 composite cathode: anode-free full cell, all cyclable Li starts in the cathode. */
    FULL("full", true, false),
    /** Li foil | LPSC | NMC622: the Li-excess reference cell; the foil never runs out. */
    LI_EXCESS("li-excess", true, true);

    private final String id;
    private final boolean hasCathode;
    private final boolean anodeStartsWithLithium;

    CellType(String id, boolean hasCathode, boolean anodeStartsWithLithium) {
        this.id = id;
        this.hasCathode = hasCathode;
        this.anodeStartsWithLithium = anodeStartsWithLithium;
    }

    /** The name used on the command line and in files: half, full, li-excess. */
    public String id() {
        return id;
    }

    /** True when the counter electrode is an NMC622 cathode (so Charge/Discharge apply, not Plate/Strip). */
    public boolean hasCathode() {
        return hasCathode;
    }

    /** True when the anode side holds Li metal before the first step. */
    public boolean anodeStartsWithLithium() {
        return anodeStartsWithLithium;
    }

    /** Reads {@code half}, {@code full} or {@code li-excess} (case-insensitive). */
    public static CellType parse(String text, String field) {
        for (CellType t : values()) {
            if (t.id.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return t;
            }
        }
        throw new InputException(field + ": unknown cell type '" + text + "'; use half, full or li-excess");
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
