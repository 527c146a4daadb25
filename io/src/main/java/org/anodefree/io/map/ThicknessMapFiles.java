package org.anodefree.io.map;

import java.nio.file.Files;
import java.nio.file.Path;
import org.anodefree.InputException;
import org.anodefree.map.ThicknessMap;

/** Reads and writes thickness maps as CSV, TIFF or NPY, chosen by extension; every write is atomic. */
public final class ThicknessMapFiles {
    private ThicknessMapFiles() {
    }

    /** Reads a map, taking pixel size and thickness unit from the options where given, else the file. */
    public static ThicknessMap read(Path file, MapReadOptions options) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such thickness-map file");
        }
        return switch (MapFormat.of(file)) {
            case CSV -> CsvMaps.read(file, options);
            case TIFF -> TiffMaps.read(file, options);
            case NPY -> NpyMaps.read(file, options);
        };
    }

    /** Reads a map with everything taken from the file. */
    public static ThicknessMap read(Path file) {
        return read(file, MapReadOptions.FROM_FILE);
    }

    /** Writes a map in the format of the file's extension (thickness in micrometres). */
    public static void write(Path file, ThicknessMap map) {
        switch (MapFormat.of(file)) {
            case CSV -> CsvMaps.write(file, map);
            case TIFF -> TiffMaps.write(file, map);
            case NPY -> NpyMaps.write(file, map);
            default -> throw new IllegalStateException();
        }
    }

    /** Checks one value as a thickness and names the place when it is not one. */
    static void checkThickness(double value, Path file, String where) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            throw new InputException(file + ": " + where + ": thickness " + value
                    + " is not a finite, non-negative number");
        }
    }

    /** The pixel size to use: the option, else the file's, else an error that says how to give it. */
    static double pixelSize(Path file, MapReadOptions options, Double fromFile) {
        Double p = options.pixelSizeMeters() != null ? options.pixelSizeMeters() : fromFile;
        if (p == null) {
            throw new InputException(file + ": the file does not give the pixel size; pass it, e.g. --pixel-size 1.7um");
        }
        if (!(p > 0) || p.isInfinite()) {
            throw new InputException(file + ": pixel size must be positive, got " + p + " m");
        }
        return p;
    }
}
