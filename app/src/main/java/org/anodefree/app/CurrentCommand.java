package org.anodefree.app;

import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anodefree.InputException;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.io.RunFolder;
import org.anodefree.app.plot.CurrentPlots;
import org.anodefree.current.ButlerVolmerKinetics;
import org.anodefree.current.Control;
import org.anodefree.current.CurrentDistribution;
import org.anodefree.current.CurrentProblem;
import org.anodefree.current.CurrentSolver;
import org.anodefree.current.Electrolyte;
import org.anodefree.current.Kinetics;
import org.anodefree.current.LinearKinetics;
import org.anodefree.map.StrippingAnalysis;
import org.anodefree.map.ThicknessMap;
import org.anodefree.units.LithiumMetal;
import org.anodefree.units.Quantity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anodefree current}: the local current density over what is left of a Li map after stripping part of it. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = {"Current distribution over the Li left after stripping a map.",
            "Strips the map to the given share of its capacity, then solves how the applied current spreads over the"
                + " Li that is left, through the solid electrolyte (exact slab response by FFT) and the interface"
                + " kinetics. Writes current-density.png (log colour scale), histogram.png/.svg/.csv and summary.json.",
            "Map values are Li thickness in micrometres unless --thickness-unit or the file says otherwise."})
public final class CurrentCommand implements Callable<Integer> {
    private static final double MA_PER_CM2 = 10.0;

    @Option(names = "--map", required = true, paramLabel = "FILE", description = "Thickness map: .csv, .tif/.tiff or .npy")
    Path mapFile;

    @Option(names = "--level", defaultValue = "0.85", paramLabel = "F",
            description = "Share of the Li capacity stripped before solving, 0..1 or % (default: ${DEFAULT-VALUE})")
    String level;

    @Option(names = "--sigma", defaultValue = "1.8mS/cm", paramLabel = "CONDUCTIVITY",
            description = "Electrolyte conductivity (default: ${DEFAULT-VALUE}, Li6PS5Cl at 298 K, Singh et al.,"
                    + " Cell Rep. Phys. Sci. 3, 101043, 2022)")
    String sigma;

    @Option(names = "--thickness", defaultValue = "0.65mm", paramLabel = "LENGTH",
            description = "Electrolyte thickness to the counter electrode (default: ${DEFAULT-VALUE})")
    String thickness;

    @Option(names = "--current", defaultValue = "0.5mA/cm2", paramLabel = "CURRENT_DENSITY",
            description = "Applied stripping current density over the electrode area (default: ${DEFAULT-VALUE})")
    String current;

    @Option(names = "--kinetics", defaultValue = "linear", paramLabel = "LAW",
            description = "linear, butler-volmer or primary (no charge-transfer resistance) (default: ${DEFAULT-VALUE})")
    String kinetics;

    @Option(names = "--charge-transfer-resistance", defaultValue = "4.5", paramLabel = "OHM_CM2",
            description = "Interface charge-transfer resistance in Ohm cm2 (default: ${DEFAULT-VALUE}: the source"
                    + " study's ~45 Ohm cm2 total cell impedance minus L/sigma = 36 Ohm cm2, split over two interfaces);"
                    + " Butler-Volmer uses the exchange current with this small-signal resistance, RT/(F R_ct)")
    double chargeTransferOhmCm2;

    @Option(names = "--padding", defaultValue = "1", paramLabel = "K",
            description = "1: the map is a periodic patch of a larger electrode; K >= 2: a finite electrode inside an"
                    + " insulating domain K times larger (default: ${DEFAULT-VALUE})")
    int padding;

    @picocli.CommandLine.Mixin
    MapInput mapInput = new MapInput();

    @Option(names = "--bins", defaultValue = "50", description = "Histogram bins (default: ${DEFAULT-VALUE})")
    int bins;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/current/<map name>)")
    Path out;

    @Option(names = "--json", description = "Print the summary JSON to stdout instead of the text summary")
    boolean json;

    @Override
    public Integer call() {
        double fraction = Options.fractions(level, "--level")[0];
        Electrolyte slab = new Electrolyte(Options.positive(sigma, Quantity.CONDUCTIVITY, "--sigma"),
                Options.positive(thickness, Quantity.LENGTH, "--thickness"));
        // The stripping current's size; the command strips, so a sign would only mislead.
        double appliedAmpsPerM2 = Options.positive(current, Quantity.CURRENT_DENSITY, "--current");
        Kinetics law = kinetics();
        Options.atLeast(bins, 1, "--bins");
        Options.atLeast(padding, 1, "--padding");
        Path dir = out != null ? out : Path.of("out", "current", StripMapCommand.baseName(mapFile));
        Map<String, Object> options = Options.values("level", level, "sigma", sigma, "thickness", thickness, "current", current,
                "kinetics", kinetics, "chargeTransferResistanceOhmCm2", chargeTransferOhmCm2, "padding", padding, "bins", bins);
        options.putAll(mapInput.values());
        RunFolder run = RunFolder.folder("current", dir, List.of(mapFile), options);

        ThicknessMap map = mapInput.read(mapFile);
        ThicknessMap left = StrippingAnalysis.of(map).remainingAt(fraction);
        int pixels = map.width() * map.height();
        double[] contact = new double[pixels];
        boolean[] inside = new boolean[pixels];
        int insideCount = 0;
        int activeCount = 0;
        for (int i = 0; i < pixels; i++) {
            inside[i] = map.isInside(i);
            insideCount += inside[i] ? 1 : 0;
            contact[i] = inside[i] && left.thicknessMeters(i) > 0 ? 1.0 : 0.0;
            activeCount += contact[i] > 0 ? 1 : 0;
        }
        if (activeCount == 0) {
            throw new InputException("--level " + level + ": no Li is left on " + mapFile + " after stripping "
                    + Options.percent(fraction) + " of it; choose a lower level");
        }
        // The control's current density is over the whole grid; the user's is over the electrode.
        double gridAmpsPerM2 = appliedAmpsPerM2 * insideCount / pixels;
        CurrentProblem problem = new CurrentProblem(map.width(), map.height(), map.pixelSizeMeters(), contact, law, slab,
                new Control.Galvanostatic(gridAmpsPerM2), padding);
        CurrentDistribution d = CurrentSolver.solve(problem);

        String title = String.format(Locale.ROOT, "%s stripped, %s active: local current density",
                Options.percent(fraction), Options.percent((double) activeCount / insideCount));
        ChartFiles.writePng(CurrentPlots.currentDensityImage(d, map.hasMask() ? inside : null, title),
                dir.resolve("current-density.png"));
        CurrentDistribution.Histogram histogram = d.histogram(bins);
        ChartFiles.writePngAndSvg(CurrentPlots.histogramChart(histogram, appliedAmpsPerM2 / MA_PER_CM2),
                dir.resolve("histogram"));
        CurrentPlots.writeHistogramCsv(histogram, dir.resolve("histogram.csv"));

        Map<String, Object> doc = summary(d, slab, appliedAmpsPerM2, fraction, (double) activeCount / insideCount,
                insideCount * map.pixelSizeMeters() * map.pixelSizeMeters(), dir);
        Json.write(doc, dir.resolve("summary.json"));
        if (json) {
            System.out.println(Json.write(doc));
        } else {
            System.out.printf(Locale.ROOT, "%s stripped: %s of the electrode active; local current density mean %.3g,"
                    + " p99 %.3g, max %.3g mA/cm2 (applied %.3g)%n", Options.percent(fraction),
                    Options.percent((double) activeCount / insideCount), doc.get("meanLocalCurrentDensityMilliampsPerCm2"),
                    ((Map<?, ?>) doc.get("quantilesMilliampsPerCm2")).get("p99"),
                    doc.get("maxLocalCurrentDensityMilliampsPerCm2"), appliedAmpsPerM2 / MA_PER_CM2);
            System.out.printf(Locale.ROOT, "access resistance %.3g Ohm cm2; electrode overpotential %.4g mV%nwrote %s%n",
                    d.accessResistanceOhmCm2(), d.electrodePotentialVolts() * 1e3, dir);
        }
        run.complete();
        return 0;
    }

    private Kinetics kinetics() {
        if (!(chargeTransferOhmCm2 > 0) || !Double.isFinite(chargeTransferOhmCm2)) {
            throw new InputException("--charge-transfer-resistance: must be a positive number of Ohm cm2, got "
                    + chargeTransferOhmCm2);
        }
        double rctOhmM2 = chargeTransferOhmCm2 * 1e-4;
        double temperature = 298.15;
        return switch (kinetics.toLowerCase(Locale.ROOT)) {
            case "linear" -> new LinearKinetics(rctOhmM2);
            case "primary" -> LinearKinetics.primary();
            case "butler-volmer", "bv" -> new ButlerVolmerKinetics(ButlerVolmerKinetics.GAS_CONSTANT_JOULES_PER_MOL_KELVIN
                    * temperature / (LithiumMetal.FARADAY_COULOMBS_PER_MOL * rctOhmM2), 0.5, 0.5, temperature);
            default -> throw new InputException("--kinetics: '" + kinetics + "' is not a law; use linear, butler-volmer or primary");
        };
    }

    private Map<String, Object> summary(CurrentDistribution d, Electrolyte slab, double appliedAmpsPerM2, double fraction,
            double activeFraction, double electrodeAreaM2, Path dir) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("map", mapFile.toString());
        doc.put("strippedFraction", fraction);
        doc.put("activeFraction", activeFraction);
        doc.put("activeAreaMm2", d.activeAreaM2() * 1e6);
        doc.put("electrodeAreaMm2", electrodeAreaM2 * 1e6);
        doc.put("appliedCurrentDensityMilliampsPerCm2", appliedAmpsPerM2 / MA_PER_CM2);
        doc.put("meanLocalCurrentDensityMilliampsPerCm2", d.meanLocalCurrentDensityAmpsPerM2() / MA_PER_CM2);
        doc.put("maxLocalCurrentDensityMilliampsPerCm2", d.maxLocalCurrentDensityAmpsPerM2() / MA_PER_CM2);
        Map<String, Double> q = new LinkedHashMap<>();
        String[] names = {"p1", "p10", "p50", "p90", "p99", "p99_9"};
        double[] probabilities = {0.01, 0.1, 0.5, 0.9, 0.99, 0.999};
        for (int k = 0; k < names.length; k++) {
            q.put(names[k], d.quantileAmpsPerM2(probabilities[k]) / MA_PER_CM2);
        }
        doc.put("quantilesMilliampsPerCm2", q);
        doc.put("accessResistanceOhmCm2", d.accessResistanceOhmCm2());
        doc.put("electrodeOverpotentialMillivolts", d.electrodePotentialVolts() * 1e3);
        doc.put("kineticOverpotentialMillivolts", d.meanKineticOverpotentialVolts() * 1e3);
        doc.put("electrolyteDropMillivolts", (d.electrodePotentialVolts() - d.meanKineticOverpotentialVolts()) * 1e3);
        doc.put("uniformElectrolyteDropMillivolts", appliedAmpsPerM2 * slab.uniformResistanceOhmM2() * 1e3);
        doc.put("kinetics", kinetics);
        doc.put("chargeTransferResistanceOhmCm2", kinetics.equals("primary") ? 0.0 : chargeTransferOhmCm2);
        doc.put("conductivityMilliSiemensPerCm", slab.conductivitySiemensPerMeter() * 10);
        doc.put("electrolyteThicknessMicrometres", slab.thicknessMeters() * 1e6);
        doc.put("padding", padding);
        doc.put("cgIterations", d.cgIterations());
        doc.put("newtonIterations", d.newtonIterations());
        doc.put("outputs", dir.toString());
        return doc;
    }
}
