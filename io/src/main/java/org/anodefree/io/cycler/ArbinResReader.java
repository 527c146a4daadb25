package org.anodefree.io.cycler;

import java.nio.file.Path;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecord;

/** Reads Arbin {@code .res} databases (work in progress: detection only). */
public final class ArbinResReader {
    private ArbinResReader() {
    }

    /** Reads a .res. */
    public static CyclingRecord read(Path file, ColumnChoice columns) {
        throw new InputException(file + ": Arbin .res is not read yet");
    }
}
