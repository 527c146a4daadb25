package org.anodefree.io.map;

import java.nio.file.Path;
import java.util.Locale;
import org.anodefree.InputException;

/** The thickness-map file formats anodefree reads and writes, chosen by file extension. */
public enum MapFormat {
    /** Comma-separated matrix, one row per line, with {@code # key = value} header comments. */
    CSV,
    /** 32-bit float TIFF with the pixel size in its calibration (ImageJ). */
    TIFF,
    /** NumPy {@code .npy} array of float32 or float64 in micrometres; no pixel size inside. */
    NPY;

    /** The format named by a file's extension. */
    public static MapFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return CSV;
        }
        if (name.endsWith(".tif") || name.endsWith(".tiff")) {
            return TIFF;
        }
        if (name.endsWith(".npy")) {
            return NPY;
        }
        throw new InputException(file + ": unknown thickness-map format; use .csv, .tif/.tiff or .npy");
    }
}
