package org.anodefree.io.cycler;

import java.nio.file.Path;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecord;

/** Reads .xlsx exports (work in progress: detection only). */
public final class XlsxReader {
    private XlsxReader() {
    }

    /** Reads an .xlsx. */
    public static CyclingRecord read(Path file, ColumnChoice columns) {
        throw new InputException(file + ": .xlsx is not read yet");
    }
}
