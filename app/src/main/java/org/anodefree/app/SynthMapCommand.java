package org.anodefree.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.app.plot.MapImage;
import org.anodefree.io.map.ThicknessMapFiles;
import org.anodefree.map.SyntheticMap;
import org.anodefree.map.ThicknessDistribution;
import org.anodefree.map.ThicknessMap;
import org.anodefree.units.Quantity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anodefree synth-map}: a synthetic, periodic Li thickness map from a Gaussian random field. */
@Command(name = "synth-map", mixinStandardHelpOptions = true,
        description = {"Make a synthetic, periodic Li thickness map.",
            "A Gaussian random field with a correlation length,"
                + " mapped to a lognormal or gamma thickness distribution with a set mean and coefficient of variation"
                + " (optionally above a floor). Writes the map (.tif, .csv or .npy) and a PNG preview beside it."})
public final class SynthMapCommand implements Callable<Integer> {
    @Option(names = "--size", defaultValue = "800um", description = "Side of the square map (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--pixel", defaultValue = "1.7um", description = "Pixel edge (default: ${DEFAULT-VALUE})")
    String pixel;

    @Option(names = "--mean", defaultValue = "25um", description = "Mean Li thickness (default: ${DEFAULT-VALUE})")
    String mean;

    @Option(names = "--cv", defaultValue = "0.3", description = "Coefficient of variation of the thickness above the floor (default: ${DEFAULT-VALUE})")
    double cv;

    @Option(names = "--floor", defaultValue = "0um", description = "Thinnest possible thickness (default: ${DEFAULT-VALUE})")
    String floor;

    @Option(names = "--correlation", defaultValue = "100um", description = "Correlation length of the field (default: ${DEFAULT-VALUE})")
    String correlation;

    @Option(names = "--distribution", defaultValue = "lognormal", description = "lognormal or gamma (default: ${DEFAULT-VALUE})")
    ThicknessDistribution distribution;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Map file: .tif, .csv or .npy")
    Path output;

    @Override
    public Integer call() {
        SyntheticMap recipe = SyntheticMap.square(Quantity.LENGTH.parse(size, "--size"), Quantity.LENGTH.parse(pixel, "--pixel"),
                Quantity.LENGTH.parse(mean, "--mean"), cv, Quantity.LENGTH.parse(floor, "--floor"),
                Quantity.LENGTH.parse(correlation, "--correlation"), distribution, seed);
        ThicknessMap map = recipe.generate();
        ThicknessMapFiles.write(output, map);
        Path preview = output.resolveSibling(StripMapCommand.baseName(output) + ".png");
        ChartFiles.writePng(MapImage.thickness(map, map.statistics().maxMeters(), "Synthetic Li thickness map"), preview);
        MapSummary.Stats s = MapSummary.Stats.of(map);
        System.out.printf(Locale.ROOT, "wrote %s (%d x %d px of %.3g um): mean %.2f um, cv %.3f, min %.2f um, max %.2f um,"
                + " %.2f mAh/cm2; preview %s%n", output, s.width(), s.height(), s.pixelSizeMicrometres(), s.meanMicrometres(),
                s.coefficientOfVariation(), s.minMicrometres(), s.maxMicrometres(), s.capacityMilliampHoursPerCm2(), preview);
        return 0;
    }
}
