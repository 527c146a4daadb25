package org.anodefree.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.anodefree.InputException;
import org.anodefree.app.simulate.EnsembleFiles;
import org.anodefree.app.simulate.RunFiles;
import org.anodefree.app.simulate.SimulationInputs;
import org.anodefree.experiment.EnsembleRunner;
import org.anodefree.experiment.SeedSet;
import org.anodefree.experiment.SimulatedRun;
import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.cycling.CycleResult;
import org.anodefree.cycling.SummaryDocument;
import org.anodefree.io.RunFolder;
import org.anodefree.io.config.ProtocolFiles;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.protocol.Protocol;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationSettings;
import org.anodefree.units.Quantity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anodefree simulate}: runs a galvanostatic protocol on a simulated cell for several seeds. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate a protocol on a half, full or Li-excess cell, pixel by pixel, for several seeds.",
            "The interface is a periodic patch of --grid x --grid pixels; seeds run in parallel on all cores.",
            "Writes DIR/summary.json, DIR/cycles.csv (per cycle: median, min and max over seeds), CE and"
                + " short-versus-retained-Li charts, and DIR/seed-<n>/ (timeseries.csv with BDF columns, cycles.csv,"
                + " voltage charts, maps of Li thickness, current density and filaments at the end of steps)."})
public final class SimulateCommand implements Callable<Integer> {
    @Option(names = "--cell", required = true, paramLabel = "TYPE", description = "half, full or li-excess")
    String cell;

    @Option(names = "--protocol", required = true, paramLabel = "FILE_OR_TEXT",
            description = "Protocol file (.txt, .yaml, .json) or text, steps separated by ';'")
    String protocol;

    @Option(names = "--loading", paramLabel = "CAPACITY", description = "Cathode loading, e.g. 3mAh/cm2")
    String loading;

    @Option(names = "--pressure", paramLabel = "PRESSURE", description = "Stack pressure, e.g. 15MPa")
    String pressure;

    @Option(names = "--seeds", defaultValue = "8", paramLabel = "SEEDS",
            description = "A count (8: seeds 1..8), a range (101-132) or a list (1,5,9) (default: ${DEFAULT-VALUE})")
    String seeds;

    @Option(names = "--grid", paramLabel = "N", defaultValue = "200",
            description = "Patch width in pixels (default: ${DEFAULT-VALUE}, a 2 mm patch at 10 um; MODEL.md)")
    int grid;

    @Option(names = "--pixel", paramLabel = "LENGTH", defaultValue = "10um",
            description = "Pixel edge, e.g. 10um (default: ${DEFAULT-VALUE}; docs/model.md has the grid convergence)")
    String pixel;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a parameter (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--snapshots", defaultValue = "20",
            description = "Draw maps at the end of the first N steps and at the end of the run (default: ${DEFAULT-VALUE})")
    int snapshots;

    @Option(names = "--time-step-scale", defaultValue = "1", paramLabel = "F",
            description = "Scale every time-step bound by F (0.5 halves them; for convergence checks; default: ${DEFAULT-VALUE})")
    double timeStepScale;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/simulate", description = "Output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--json", description = "Print summary.json to stdout instead of the text summary")
    boolean json;

    @Override
    public Integer call() {
        SeedSet seedSet = SeedSet.parse(seeds, "--seeds");
        CellType type = CellType.parse(cell, "--cell");
        ModelParameters p = SimulationInputs.parameters(sets, loading, "--loading", pressure, "--pressure");
        if (grid < 2 || grid > 4096) {
            throw new InputException("--grid: a patch of 2 to 4096 pixels per side, got " + grid);
        }
        int width = grid;
        double pixelMeters = Quantity.LENGTH.parse(pixel, "--pixel");
        Protocol prot = ProtocolFiles.fromArgument(protocol);
        if (!(timeStepScale > 0 && timeStepScale <= 1)) {
            throw new InputException("--time-step-scale: must be in (0, 1], got " + timeStepScale);
        }
        SimulationProblem base = SimulationProblem.of(CellDesign.of(type, p), p, prot,
                org.anodefree.grid.PixelGrid.square(width, pixelMeters), 1, SimulationSettings.defaults().refined(timeStepScale));
        RunFolder run = RunFolder.folder("simulate", out, RunFolder.inputs(protocol), RunFolder.parameters(p));
        long start = System.nanoTime();
        int n = seedSet.size();
        long steps = Math.min(prot.stepCount(), Long.MAX_VALUE / n) * n;
        List<SimulatedRun> members;
        try (ProgressBar bar = json ? null : new ProgressBarBuilder().setTaskName("simulate " + n + " seeds")
                .setInitialMax(steps).setUnit(" steps", 1).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            members = EnsembleRunner.run(base, seedSet, new RunFiles(out, snapshots, bar == null ? null : bar::step),
                    Runtime.getRuntime().availableProcessors());
        }
        double wall = (System.nanoTime() - start) / 1e9;
        List<SummaryDocument.Run> runs = new ArrayList<>();
        for (SimulatedRun m : members) {
            runs.add(new SummaryDocument.Run("seed-" + m.seed(), m.seed(), m.summary()));
        }
        Map<String, Object> doc = SummaryDocument.of(runs);
        Json.write(doc, out.resolve("summary.json"));
        EnsembleFiles.write(members, type.id() + " cell", out);
        if (json) {
            System.out.println(Json.write(doc));
        } else {
            System.out.print(text(members, doc, wall));
            System.out.println("files: " + out.resolve("summary.json") + ", " + out.resolve("cycles.csv") + " and "
                    + out.resolve("seed-<n>/"));
        }
        run.complete();
        return 0;
    }

    static String text(List<SimulatedRun> members, Map<String, Object> doc, double wall) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-8s %-10s %7s %10s %8s %9s %8s %7s %6s%n", "seed", "stopped", "cycles",
                "short@cyc", "mAh/cm2", "CE1", "nucl mV", "steps", "wall s"));
        double solver = 0;
        double total = 0;
        for (SimulatedRun m : members) {
            var sc = m.summary().shortCircuit();
            List<CycleResult> cs = m.summary().cycles();
            double ce1 = cs.isEmpty() ? Double.NaN : cs.get(0).coulombicEfficiency();
            double nuc = cs.isEmpty() ? Double.NaN : cs.get(0).nucleationOverpotentialMillivolts();
            b.append(String.format(Locale.ROOT, "%-8d %-10s %7d %10s %8s %9s %8s %7d %6.1f%n", m.seed(),
                    m.result().shorted() ? "short" : "done", cs.size(),
                    sc.occurred() ? Integer.toString(sc.cycle()) : "-",
                    sc.occurred() ? String.format(Locale.ROOT, "%.2f", sc.cumulativePlatedMilliampHoursPerCm2()) : "-",
                    Double.isFinite(ce1) ? String.format(Locale.ROOT, "%.1f%%", 100 * ce1) : "-",
                    Double.isFinite(nuc) ? String.format(Locale.ROOT, "%.0f", nuc) : "-", m.result().timeSteps(),
                    m.wallSeconds()));
            solver += m.result().solverSeconds();
            total += m.wallSeconds();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) doc.get("summary");
        long shorted = members.stream().filter(m -> m.result().shorted()).count();
        b.append(String.format(Locale.ROOT, "shorted %d of %d runs; median short cycle %s; median plated at short %s;"
                + " median CE1 %s%n", shorted, members.size(), medianText(s.get("shortCycleMedian"), "%.1f", ""),
                medianText(s.get("cumulativePlatedAtShortMedianMilliampHoursPerCm2"), "%.2f", " mAh/cm2"),
                s.get("firstCycleCoulombicEfficiencyMedian") instanceof Number ce
                        ? String.format(Locale.ROOT, "%.1f%%", 100 * ce.doubleValue()) : "-"));
        b.append(String.format(Locale.ROOT, "wall time %.1f s (%.0f%% of run time in the current solver)%n", wall,
                total > 0 ? 100 * solver / total : 0));
        return b.toString();
    }

    /** A median of the ensemble, or why there is none: a run that never shorted counts as shorting last. */
    private static String medianText(Object v, String format, String unit) {
        return v instanceof Number n ? String.format(Locale.ROOT, format, n.doubleValue()) + unit
                : "not reached (fewer than half shorted)";
    }
}
