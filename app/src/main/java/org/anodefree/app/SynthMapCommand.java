package org.anodefree.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.anodefree.InputException;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.io.RunFolder;
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
    /** The synthetic map holds below 2^30 pixels. */
    private static final long MAX_SIDE_PIXELS = 32767;

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
        double sideMeters = Options.positive(size, Quantity.LENGTH, "--size");
        double pixelMeters = Options.positive(pixel, Quantity.LENGTH, "--pixel");
        double meanMeters = Options.positive(mean, Quantity.LENGTH, "--mean");
        double floorMeters = Options.nonNegative(floor, Quantity.LENGTH, "--floor");
        double correlationMeters = Options.nonNegative(correlation, Quantity.LENGTH, "--correlation");
        if (!(cv > 0) || !Double.isFinite(cv)) {
            throw new InputException("--cv: must be above zero, got " + cv);
        }
        if (floorMeters >= meanMeters) {
            throw new InputException("--floor: " + floor + " must be below the mean, " + mean);
        }
        long side = Math.round(sideMeters / pixelMeters);
        if (side < 1 || side > MAX_SIDE_PIXELS) {
            throw new InputException("--size/--pixel: " + size + " at " + pixel + " pixels is " + side + " pixels a side;"
                    + " give 1 to " + MAX_SIDE_PIXELS);
        }
        SyntheticMap recipe = SyntheticMap.square(sideMeters, pixelMeters, meanMeters, cv, floorMeters, correlationMeters,
                distribution, seed);
        RunFolder run = RunFolder.file("synth-map", output, List.of(), Options.values("size", size, "pixel", pixel,
                "mean", mean, "cv", cv, "floor", floor, "correlation", correlation, "distribution", distribution.toString(),
                "seed", seed));
        ThicknessMap map = recipe.generate();
        ThicknessMapFiles.write(output, map);
        Path preview = output.resolveSibling(StripMapCommand.baseName(output) + ".png");
        ChartFiles.writePng(MapImage.thickness(map, map.statistics().maxMeters(), "Synthetic Li thickness map"), preview);
        MapSummary.Stats s = MapSummary.Stats.of(map);
        System.out.printf(Locale.ROOT, "wrote %s (%d x %d px of %.3g um): mean %.2f um, cv %.3f, min %.2f um, max %.2f um,"
                + " %.2f mAh/cm2; preview %s%n", output, s.width(), s.height(), s.pixelSizeMicrometres(), s.meanMicrometres(),
                s.coefficientOfVariation(), s.minMicrometres(), s.maxMicrometres(), s.capacityMilliampHoursPerCm2(), preview);
        run.complete();
        return 0;
    }
}
