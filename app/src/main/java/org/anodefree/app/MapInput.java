package org.anodefree.app;

import java.nio.file.Path;
import org.anodefree.io.map.MapReadOptions;
import org.anodefree.io.map.ThicknessMapFiles;
import org.anodefree.map.ThicknessMap;
import org.anodefree.units.Quantity;
import picocli.CommandLine.Option;

/** The options every command that reads a thickness map shares (a picocli mixin), and the read itself. */
final class MapInput {
    @Option(names = "--pixel-size", paramLabel = "LENGTH", description = "Pixel edge, e.g. 1.7um (overrides the file)")
    String pixelSize;

    @Option(names = "--thickness-unit", paramLabel = "UNIT", description = "Unit of the map values: um, nm, mm, m")
    String thicknessUnit;

    /** The options as given, for a run's manifest. */
    java.util.Map<String, Object> values() {
        return Options.values("pixelSize", pixelSize, "thicknessUnit", thicknessUnit);
    }

    /** Reads {@code file} with these options, checking their units first. */
    ThicknessMap read(Path file) {
        Double pixel = pixelSize == null ? null : Options.positive(pixelSize, Quantity.LENGTH, "--pixel-size");
        Double unit = thicknessUnit == null ? null : Quantity.LENGTH.factorToSi(thicknessUnit, "--thickness-unit");
        return ThicknessMapFiles.read(file, new MapReadOptions(pixel, unit));
    }
}
