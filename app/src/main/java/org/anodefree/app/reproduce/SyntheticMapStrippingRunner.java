package org.anodefree.app.reproduce;

import org.anodefree.experiment.Check;
import org.anodefree.experiment.Estimate;
import org.anodefree.experiment.Estimators;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.anodefree.InputException;
import org.anodefree.app.Json;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.app.plot.MapImage;
import org.anodefree.app.plot.StrippingPlots;
import org.anodefree.io.config.Experiment;
import org.anodefree.map.StrippingAnalysis;
import org.anodefree.map.StrippingLevel;
import org.anodefree.map.SyntheticMap;
import org.anodefree.map.ThicknessDistribution;
import org.anodefree.map.ThicknessMap;

/**
 * Strips an ensemble of synthetic maps layer by layer and reports, at each check's stripped
 * fraction, the active fraction or the current-density multiplier (median and range over seeds);
 * also the thinnest and thickest pixel ({@code thinnest_um}, {@code thickest_um}).
 *
 * <p>Inputs: {@code size_um}, {@code pixel_um}, {@code mean_um}, {@code correlation_um},
 * {@code distribution} (lognormal or gamma), {@code seeds} (ensemble size; seeds 1..n), and either
 * {@code cv} and {@code floor_um} or {@code fit}: a JSON file (beside the experiment) written by
 * {@code anodefree fit-map} holding them.
 */
public final class SyntheticMapStrippingRunner implements ExperimentRunner {
    @Override
    public String kind() {
        return "synthetic-map-stripping";
    }

    /** The recipe an experiment describes, with its seed 1. */
    public static SyntheticMap recipe(Experiment e) {
        double cv;
        double floorUm;
        if (e.inputs().containsKey("fit")) {
            Path fit = e.file().resolveSibling(e.text("fit"));
            if (!Files.isRegularFile(fit)) {
                throw new InputException(e.file() + ": its fit file " + fit + " is missing; run scripts/fit-f5-map.sh"
                        + " (anodefree fit-map --experiment " + e.file() + ")");
            }
            try {
                JsonNode n = Json.mapper().readTree(fit.toFile()).path("fitted");
                cv = n.path("excess_cv").asDouble(Double.NaN);
                floorUm = n.path("floor_um").asDouble(Double.NaN);
            } catch (IOException ex) {
                throw new InputException(fit + ": not valid JSON (" + ex.getMessage() + ")", ex);
            }
            if (!Double.isFinite(cv) || !Double.isFinite(floorUm)) {
                throw new InputException(fit + ": needs fitted.excess_cv and fitted.floor_um");
            }
        } else {
            cv = e.number("cv");
            floorUm = e.number("floor_um", 0);
        }
        ThicknessDistribution d = ThicknessDistribution.valueOf(e.text("distribution").toUpperCase(Locale.ROOT));
        return SyntheticMap.square(e.number("size_um") * 1e-6, e.number("pixel_um") * 1e-6, e.number("mean_um") * 1e-6,
                cv, floorUm * 1e-6, e.number("correlation_um") * 1e-6, d, 1);
    }

    @Override
    public Outcome run(Experiment e, Path outDir) {
        SyntheticMap recipe = recipe(e);
        int seeds = (int) e.number("seeds");
        StrippingAnalysis[] analyses = IntStream.rangeClosed(1, seeds).parallel()
                .mapToObj(s -> StrippingAnalysis.of(recipe.withSeed(s).generate())).toArray(StrippingAnalysis[]::new);
        List<Estimate> estimates = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        for (Check c : e.checks()) {
            if (c.quantity().equals("thinnest_um") || c.quantity().equals("thickest_um")) {
                double[] v = new double[seeds];
                for (int s = 0; s < seeds; s++) {
                    var st = analyses[s].map().statistics();
                    v[s] = 1e6 * (c.quantity().equals("thinnest_um") ? st.minMeters() : st.maxMeters());
                }
                estimates.add(Estimators.of(v));
                continue;
            }
            Double f = c.at().get("stripped_fraction");
            if (f == null) {
                throw new InputException(e.file() + ": check '" + c.name() + "' needs at: {stripped_fraction: F}");
            }
            levels.add(f);
            double[] v = new double[seeds];
            for (int s = 0; s < seeds; s++) {
                StrippingLevel l = analyses[s].atStrippedFraction(f);
                v[s] = switch (c.quantity()) {
                    case "active_fraction" -> l.activeFraction();
                    case "current_density_multiplier" -> l.currentDensityMultiplier();
                    default -> throw new InputException(e.file() + ": unknown quantity '" + c.quantity() + "' for kind " + kind());
                };
            }
            estimates.add(Estimators.of(v));
        }
        // Figures and statistics of the first member, as a user would see it with strip-map.
        StrippingAnalysis first = analyses[0];
        ThicknessMap map = first.map();
        double[] fs = levels.stream().mapToDouble(Double::doubleValue).distinct().toArray();
        List<Path> figures = new ArrayList<>();
        Path curve = outDir.resolve(e.id() + "-curve");
        StrippingLevel[] marks = java.util.Arrays.stream(fs).mapToObj(first::atStrippedFraction).toArray(StrippingLevel[]::new);
        double[][] reported = e.checks().stream().filter(c -> c.quantity().equals("active_fraction"))
                .map(c -> new double[] {c.at().get("stripped_fraction"), c.reported()}).toArray(double[][]::new);
        ChartFiles.writePngAndSvg(StrippingPlots.activeAreaChart(first.curve(1001), marks, reported), curve);
        figures.add(Path.of(curve + ".png"));
        Path before = outDir.resolve(e.id() + "-map.png");
        ChartFiles.writePng(MapImage.thickness(map, map.statistics().maxMeters(), "Synthetic Li thickness map (seed 1)"), before);
        figures.add(before);
        for (double f : fs) {
            StrippingLevel l = first.atStrippedFraction(f);
            Path snap = outDir.resolve(String.format(Locale.ROOT, "%s-snapshot-%02d.png", e.id(), Math.round(100 * f)));
            ChartFiles.writePng(MapImage.stripped(map, l.depthMeters(), map.statistics().maxMeters(),
                    String.format(Locale.ROOT, "%.0f%% stripped, %.0f%% active area", 100 * l.strippedFraction(),
                            100 * l.activeFraction())), snap);
            figures.add(snap);
        }
        double[] mins = new double[seeds];
        double[] maxs = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            var st = analyses[s].map().statistics();
            mins[s] = st.minMeters() * 1e6;
            maxs[s] = st.maxMeters() * 1e6;
        }
        Estimate min = Estimators.of(mins);
        Estimate max = Estimators.of(maxs);
        List<String> details = List.of(
                String.format(Locale.ROOT, "map recipe: %d x %d px of %.2f um, mean %.1f um, %s above a %.2f um floor with cv %.3f,"
                        + " correlation %.0f um; %d seeds", recipe.widthPixels(), recipe.heightPixels(),
                        recipe.pixelSizeMeters() * 1e6, recipe.meanMeters() * 1e6,
                        recipe.distribution().name().toLowerCase(Locale.ROOT), recipe.floorMeters() * 1e6,
                        recipe.excessCv(), recipe.correlationLengthMeters() * 1e6, seeds),
                String.format(Locale.ROOT, "thinnest pixel %.1f um (seeds %.1f-%.1f), thickest %.1f um (%.1f-%.1f)",
                        min.median(), min.min(), min.max(), max.median(), max.min(), max.max()));
        return new Outcome(estimates, figures, details);
    }
}
