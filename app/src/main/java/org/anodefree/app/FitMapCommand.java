package org.anodefree.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import org.anodefree.InputException;
import org.anodefree.app.reproduce.SyntheticMapStrippingRunner;
import org.anodefree.io.RunFolder;
import org.anodefree.io.config.Experiment;
import org.anodefree.io.config.ExperimentFiles;
import org.anodefree.map.SyntheticMap;
import org.anodefree.map.SyntheticMapFit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anodefree fit-map}: fits a synthetic map's thickness distribution to target points of the stripping curve. */
@Command(name = "fit-map", mixinStandardHelpOptions = true,
        description = {"Fit a synthetic map's thickness distribution to a stripping curve.",
            "Fits the coefficient of variation and floor of a synthetic map's thickness distribution so that"
                + " stripping it layer by layer gives an experiment's active fractions (median over its seeds),"
                + " with the Nelder-Mead simplex. Size, pixel, mean, correlation and family stay as the experiment gives."})
public final class FitMapCommand implements Callable<Integer> {
    @Option(names = "--experiment", required = true, paramLabel = "FILE", description = "Experiment YAML of kind synthetic-map-stripping")
    Path experimentFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Fit result JSON (default: the experiment's 'fit' file)")
    Path output;

    @Override
    public Integer call() {
        Experiment e = ExperimentFiles.read(experimentFile);
        if (!e.kind().equals("synthetic-map-stripping")) {
            throw new InputException(experimentFile + ": kind is '" + e.kind() + "', fit-map needs synthetic-map-stripping");
        }
        Path out = output != null ? output : e.file().resolveSibling(e.text("fit"));
        RunFolder run = RunFolder.file("fit-map", out, List.of(experimentFile), Map.of());
        Map<String, Object> startInputs = new LinkedHashMap<>(e.inputs());
        startInputs.remove("fit");
        startInputs.putIfAbsent("cv", 0.3);
        startInputs.putIfAbsent("floor_um", 0.2 * e.number("mean_um"));
        SyntheticMap start = SyntheticMapStrippingRunner.recipe(new Experiment(e.id(), e.title(), e.figure(), e.kind(),
                startInputs, e.checks(), e.note(), e.file()));
        List<SyntheticMapFit.Target> targets = e.checks().stream().filter(c -> c.quantity().equals("active_fraction"))
                .map(c -> new SyntheticMapFit.Target(c.at().get("stripped_fraction"), c.reported())).toList();
        long[] seeds = LongStream.rangeClosed(1, (long) e.number("seeds")).toArray();
        SyntheticMapFit.Result r = SyntheticMapFit.fit(start, seeds, targets.toArray(SyntheticMapFit.Target[]::new));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("experiment", e.id());
        doc.put("method", "Nelder-Mead simplex (Hipparchus) on the median active fraction over the seeds;"
                + " fields drawn once per seed (common random numbers)");
        doc.put("fitted", Map.of("excess_cv", r.recipe().excessCv(), "floor_um", r.recipe().floorMeters() * 1e6));
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("strippedFraction", targets.get(k).strippedFraction());
            m.put("targetActiveFraction", targets.get(k).activeFraction());
            m.put("fittedMedianActiveFraction", r.medianActive()[k]);
            m.put("residual", r.medianActive()[k] - targets.get(k).activeFraction());
            rows.add(m);
        }
        doc.put("targets", rows);
        doc.put("seeds", seeds.length);
        doc.put("evaluations", r.evaluations());
        doc.put("wallSeconds", Math.round(r.wallSeconds() * 10) / 10.0);
        Json.write(doc, out);
        System.out.printf(Locale.ROOT, "fitted cv %.4f above a %.3f um floor in %d evaluations (%.1f s); wrote %s%n",
                r.recipe().excessCv(), r.recipe().floorMeters() * 1e6, r.evaluations(), r.wallSeconds(), out);
        for (Map<String, Object> m : rows) {
            System.out.printf(Locale.ROOT, "  at %.2f stripped: active %.4f (target %.2f)%n", m.get("strippedFraction"),
                    m.get("fittedMedianActiveFraction"), m.get("targetActiveFraction"));
        }
        run.complete();
        return 0;
    }
}
