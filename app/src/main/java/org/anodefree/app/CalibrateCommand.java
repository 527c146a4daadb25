package org.anodefree.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anodefree.InputException;
import org.anodefree.app.calibrate.CalibrationReport;
import org.anodefree.app.calibrate.CalibrationSpec;
import org.anodefree.app.calibrate.CalibrationSpecFile;
import org.anodefree.app.calibrate.Calibrator;
import org.anodefree.app.calibrate.ExperimentObjective;
import org.anodefree.app.calibrate.FreeParameter;
import org.anodefree.app.calibrate.ParameterFileValues;
import org.anodefree.io.RunFolder;
import org.anodefree.io.config.Experiment;
import org.anodefree.io.config.ExperimentFiles;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anodefree calibrate}: fits the spec's free parameters to the bands of the spec's experiments. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit the free parameters of a calibration spec to the pass bands of its experiments.",
            "Each evaluation runs the experiments (same seeds every time) with candidate values; a derivative-free"
                + " bounded optimiser (BOBYQA or CMA-ES) minimises the summed distance outside the bands.",
            "Writes DIR/calibration.json and DIR/calibration.md; --write-defaults puts the fitted values into the"
                + " default parameter file (values only; comments and sources stay)."})
public final class CalibrateCommand implements Callable<Integer> {
    @Option(names = "--spec", paramLabel = "FILE", description = "Calibration spec (default: calibration/spec.yaml of the checkout)")
    Path spec;

    @Option(names = "--seeds", paramLabel = "SEEDS",
            description = "Fit on these seeds instead of the spec's fit_seeds: a count, a range (1-16) or a list;"
                    + " they must stay apart from every experiment's judge seeds")
    String seeds;

    @Option(names = "--budget", paramLabel = "N", description = "Most objective evaluations (default: the spec's budget)")
    Integer budget;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/calibrate", description = "Output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--experiments", paramLabel = "DIR", description = "Experiments folder (default: experiments/ of the checkout)")
    Path experiments;

    @Option(names = "--defaults-file", paramLabel = "FILE",
            description = "Parameter file the start values come from and --write-defaults rewrites"
                    + " (default: core/src/main/resources/parameters/default.yaml of the checkout)")
    Path defaultsFile;

    @Option(names = "--write-defaults", description = "Write the fitted values into the default parameter file")
    boolean writeDefaults;

    @Option(names = "--apply", paramLabel = "JSON",
            description = "Evaluate nothing: write the fitted values of an earlier run's calibration.json into the"
                    + " parameter file (e.g. a fit made on another machine)")
    Path apply;

    @Override
    public Integer call() {
        Path root = Launcher.root();
        if (apply != null) {
            Path target = defaultsFile != null ? defaultsFile
                    : root.resolve("core/src/main/resources/parameters/default.yaml");
            ParameterFileValues.rewrite(target, CalibrationReport.fittedValues(apply));
            System.out.println("fitted values of " + apply + " written to " + target);
            return 0;
        }
        Path specFile = spec != null ? spec : root.resolve("calibration").resolve("spec.yaml");
        CalibrationSpec s = CalibrationSpecFile.read(specFile);
        if (seeds != null) {
            s = s.withFitSeeds(org.anodefree.experiment.SeedSet.parse(seeds, "--seeds"));
        }
        if (budget != null) {
            s = s.withBudget(budget);
        }
        Path dataDir = experiments != null ? experiments : root.resolve("experiments");
        List<Experiment> all = ExperimentFiles.readAll(dataDir);
        Path params = defaultsFile != null ? defaultsFile
                : root.resolve("core/src/main/resources/parameters/default.yaml");
        ModelParameters base = readBase(params);
        RunFolder run = RunFolder.folder("calibrate", out, List.of(specFile, dataDir, params), RunFolder.parameters(base));
        ExperimentObjective objective = new ExperimentObjective(s, all, base, out.resolve("scratch"));
        double[] start = new double[s.parameters().size()];
        for (int i = 0; i < start.length; i++) {
            start[i] = base.value(s.parameters().get(i).parameter());
        }
        int budgetUsed = s.budget();
        Calibrator.Result r = Calibrator.minimize(s.parameters(), start, objective, s.optimizer(), s.budget(),
                s.wallSeconds(), e -> System.err.printf(Locale.ROOT, "calibrate: evaluation %d/%d: objective %.4g in"
                        + " %.1f s at %s%n", e.index(), budgetUsed, e.objective(), e.wallSeconds(), values(e.values())));
        Path absolute = specFile.toAbsolutePath().normalize();
        Path home = root.toAbsolutePath().normalize();
        String specName = absolute.startsWith(home) && !home.toString().isEmpty() ? home.relativize(absolute).toString()
                : specFile.toString();
        CalibrationReport report = new CalibrationReport(s, specName, start, r);
        report.write(out);
        System.out.print(report.markdown());
        if (writeDefaults) {
            Map<Parameter, Double> values = new LinkedHashMap<>();
            double[] fit = report.fitted();
            for (int i = 0; i < fit.length; i++) {
                FreeParameter p = s.parameters().get(i);
                values.put(p.parameter(), fit[i]);
            }
            ParameterFileValues.rewrite(params, values);
            System.out.println("fitted values written to " + params);
        }
        System.out.println("report: " + out.resolve("calibration.md"));
        run.complete();
        return 0;
    }

    private static String values(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g", v[i]));
        }
        return sb.append("]").toString();
    }

    private static ModelParameters readBase(Path file) {
        if (!Files.isRegularFile(file)) {
            return ModelParameters.defaults();
        }
        try {
            return ModelParameters.read(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
