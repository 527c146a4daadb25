package org.anodefree.io.cycler;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecord;

/** Reads Neware binary {@code .nda} files (work in progress: detection only). */
public final class NdaReader {
    static final byte[] MAGIC = "NEWARE".getBytes(StandardCharsets.US_ASCII);

    private NdaReader() {
    }

    /** Reads an .nda held in {@code data}. */
    public static CyclingRecord read(String source, ByteBuffer data, ColumnChoice columns) {
        throw new InputException(source + ": Neware .nda is not read yet");
    }
}
