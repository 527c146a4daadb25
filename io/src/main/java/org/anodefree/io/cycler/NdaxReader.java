package org.anodefree.io.cycler;

import java.nio.file.Path;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecord;

/** Reads Neware {@code .ndax} archives (work in progress: detection only). */
public final class NdaxReader {
    private NdaxReader() {
    }

    /** Reads an .ndax. */
    public static CyclingRecord read(Path file, ColumnChoice columns) {
        throw new InputException(file + ": Neware .ndax is not read yet");
    }
}
