package org.anodefree.app;

import java.nio.file.Path;
import java.util.Locale;
import org.anodefree.InputException;
import org.anodefree.io.volume.MapTiff;
import org.anodefree.map.ThicknessMap;

/** Writes a thickness map in the format its file extension names. */
final class MapOutput {
    private MapOutput() {
    }

    static void write(Path file, ThicknessMap map) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tif") || name.endsWith(".tiff")) {
            MapTiff.write(file, map);
            return;
        }
        throw new InputException(file + ": unknown map format; use .tif or .tiff");
    }
}
