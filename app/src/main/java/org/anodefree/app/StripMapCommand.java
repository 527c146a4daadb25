package org.anodefree.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.io.RunFolder;
import org.anodefree.app.plot.MapImage;
import org.anodefree.app.plot.StrippingPlots;
import org.anodefree.map.Connectivity;
import org.anodefree.map.Islands;
import org.anodefree.map.MapStatistics;
import org.anodefree.map.StrippingAnalysis;
import org.anodefree.map.StrippingCurve;
import org.anodefree.map.StrippingLevel;
import org.anodefree.map.ThicknessMap;
import org.anodefree.units.Quantity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anodefree strip-map}: how a Li thickness map's active area collapses as it is stripped layer by layer. */
@Command(name = "strip-map", mixinStandardHelpOptions = true,
        description = {"Strip a Li thickness map layer by layer: active area, current density, islands.",
            "Li leaves at the same rate wherever some is left. Reports, at each level, the share of area still"
                + " active, the current-density multiplier and the islands of Li left; writes the curve (CSV, PNG, SVG), snapshots (PNG) and summary.json.",
            "Map values are Li thickness in micrometres unless --thickness-unit or the file says otherwise."})
public final class StripMapCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MAP", description = "Thickness map: .csv, .tif/.tiff or .npy")
    Path mapFile;

    @picocli.CommandLine.Mixin
    MapInput mapInput = new MapInput();

    @Option(names = "--levels", paramLabel = "F,F,...", defaultValue = "0.25,0.5,0.64,0.75,0.85,0.95",
            description = "Stripped fractions to report and snapshot (default: ${DEFAULT-VALUE})")
    String levels;

    @Option(names = "--connectivity", defaultValue = "8", description = "Island connectivity: 8 or 4 (default: ${DEFAULT-VALUE})")
    int connectivity;

    @Option(names = "--periodic", description = "Treat the map as periodic (islands join across opposite edges)")
    boolean periodic;

    @Option(names = "--small-island", paramLabel = "AREA", defaultValue = "1000um2",
            description = "Islands below this area count as small (default: ${DEFAULT-VALUE})")
    String smallIsland;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/strip-map/<map name>)")
    Path out;

    @Option(names = "--no-figures", description = "Skip the PNG/SVG figures (for batch runs); CSV and JSON are still written")
    boolean noFigures;

    @Option(names = "--json", description = "Print one JSON document to stdout instead of the table")
    boolean json;

    @Override
    public Integer call() {
        double[] fractions = Options.fractions(levels, "--levels");
        if (connectivity != 4 && connectivity != 8) {
            throw new org.anodefree.InputException("--connectivity: must be 4 or 8, got " + connectivity);
        }
        double smallM2 = Options.nonNegative(smallIsland, Quantity.AREA, "--small-island");
        Path dir = out != null ? out : Path.of("out", "strip-map", baseName(mapFile));
        Map<String, Object> options = Options.values("levels", levels, "connectivity", connectivity, "periodic", periodic,
                "smallIsland", smallIsland, "figures", !noFigures);
        options.putAll(mapInput.values());
        RunFolder run = RunFolder.folder("strip-map", dir, List.of(mapFile), options);

        ThicknessMap map = mapInput.read(mapFile);
        // Everything that needs the sorted copy first, so that it can go before the islands are
        // labelled: peak memory is the map plus one copy, not plus two.
        StrippingAnalysis analysis = StrippingAnalysis.of(map);
        MapStatistics stats = analysis.statistics();
        StrippingLevel[] at = new StrippingLevel[fractions.length];
        for (int k = 0; k < fractions.length; k++) {
            at[k] = analysis.atStrippedFraction(fractions[k]);
        }
        StrippingCurve curve = analysis.curve(1001);
        analysis = null;

        StrippingPlots.writeCurveCsv(curve, dir.resolve("curve.csv"));
        double colourMax = stats.maxMeters();
        if (!noFigures) {
            ChartFiles.writePng(MapImage.thickness(map, colourMax, "Li thickness before stripping"), dir.resolve("map.png"));
            ChartFiles.writePngAndSvg(StrippingPlots.activeAreaChart(curve, at), dir.resolve("curve"));
        }
        Connectivity conn = connectivity == 4 ? Connectivity.FOUR : Connectivity.EIGHT;
        List<MapSummary.Level> rows = new ArrayList<>();
        for (int k = 0; k < fractions.length; k++) {
            StrippingLevel level = at[k];
            rows.add(MapSummary.Level.of(level, Islands.at(map, level.depthMeters(), conn, periodic).statistics(smallM2)));
            if (!noFigures) {
                String title = String.format(Locale.ROOT, "%s stripped, %s active area",
                        Options.percent(level.strippedFraction()), Options.percent(level.activeFraction()));
                ChartFiles.writePng(MapImage.stripped(map, level.depthMeters(), colourMax, title),
                        dir.resolve(String.format(Locale.ROOT, "snapshot-%03d.png", Math.round(1000 * fractions[k]) / 10)));
            }
        }

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("map", mapFile.toString());
        doc.put("stats", MapSummary.Stats.of(map, stats));
        doc.put("connectivity", connectivity);
        doc.put("periodic", periodic);
        doc.put("levels", rows);
        doc.put("outputs", dir.toString());
        Json.write(doc, dir.resolve("summary.json"));
        if (json) {
            System.out.println(Json.write(doc));
        } else {
            printTable(MapSummary.Stats.of(map, stats), rows, dir);
        }
        run.complete();
        return 0;
    }

    private static void printTable(MapSummary.Stats s, List<MapSummary.Level> rows, Path dir) {
        System.out.printf(Locale.ROOT, "%d x %d pixels of %.3g um%s; Li %.1f um mean (%.1f to %.1f), %.2f mAh/cm2%n",
                s.width(), s.height(), s.pixelSizeMicrometres(), s.outsidePixels() == 0 ? ""
                        : " (" + s.outsidePixels() + " outside the electrode: empty or NaN in the file)",
                s.meanMicrometres(), s.minMicrometres(), s.maxMicrometres(), s.capacityMilliampHoursPerCm2());
        System.out.println("  stripped   active   current x   islands   largest (mm2)   Li in small islands");
        for (MapSummary.Level l : rows) {
            System.out.printf(Locale.ROOT, "  %7s  %7s   %8s   %7d   %13.4f   %18s%n", Options.percent(l.strippedFraction()),
                    Options.percent(l.activeFraction()),
                    l.currentDensityMultiplier() == null ? "inf" : String.format(Locale.ROOT, "%.2f", l.currentDensityMultiplier()),
                    l.islands().count(), l.islands().largestAreaMm2(), Options.percent(l.islands().smallCapacityShare()));
        }
        System.out.println("wrote " + dir);
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
