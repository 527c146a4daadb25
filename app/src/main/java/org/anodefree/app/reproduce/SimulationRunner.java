package org.anodefree.app.reproduce;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anodefree.app.simulate.RunFiles;
import org.anodefree.experiment.ExperimentEnsembles;
import org.anodefree.experiment.RunObserver;
import org.anodefree.experiment.SimulatedExperiment;
import org.anodefree.experiment.SimulatedRun;
import org.anodefree.io.config.Experiment;
import org.anodefree.sim.SimulationSettings;

/**
 * The {@code simulate} kind of experiment file: a thin adapter over the core experiment package
 * ({@link ExperimentEnsembles}), which runs the variants and measures the checks. This adds what only the
 * command line needs: each run's files and figures ({@link RunFiles}) and a line per ensemble for the report.
 * Inputs and measures are documented on {@link SimulatedExperiment#fromInputs} and
 * {@link org.anodefree.experiment.Measures}.
 */
public final class SimulationRunner implements ExperimentRunner {
    private final RunOptions options;

    /** A runner with the default parameters, each experiment's own grid and seeds, writing files. */
    public SimulationRunner() {
        this(RunOptions.defaults());
    }

    /** A runner that starts from {@code options.parameters()} and may override grid, seeds and file output. */
    public SimulationRunner(RunOptions options) {
        this.options = options;
    }

    @Override
    public String kind() {
        return "simulate";
    }

    @Override
    public Outcome run(Experiment e, Path outDir) {
        SimulatedExperiment x = e.simulated();
        if (options.judgeSeeds() != null) {
            x = x.withJudgeSeeds(options.judgeSeeds());
        }
        if (options.judgeLimit() > 0) {
            x = x.withJudgeSeeds(x.judgeSeeds().first(options.judgeLimit()));
        }
        ExperimentEnsembles.Options o = new ExperimentEnsembles.Options(options.parameters(), options.gridPixels(), null,
                SimulationSettings.defaults(), Runtime.getRuntime().availableProcessors());
        ExperimentEnsembles.Outcome out = ExperimentEnsembles.run(x, o, name -> options.writeFiles()
                ? new RunFiles(outDir.resolve(e.id()).resolve(name), 1, null) : RunObserver.NONE);
        List<Path> figures = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (ExperimentEnsembles.VariantRun v : out.variants()) {
            details.add(describe(v));
            if (options.writeFiles()) {
                figures.add(outDir.resolve(e.id()).resolve(v.name()).resolve("seed-" + v.runs().get(0).seed())
                        .resolve("voltage-capacity.png"));
            }
        }
        return new Outcome(out.estimates(), figures, details, x.judgeSeeds().toString(), x.fitSeeds().toString());
    }

    private static String describe(ExperimentEnsembles.VariantRun v) {
        double solver = 0;
        double run = 0;
        int shorted = 0;
        for (SimulatedRun m : v.runs()) {
            solver += m.result().solverSeconds();
            run += m.wallSeconds();
            shorted += m.shorted() ? 1 : 0;
        }
        var p = v.problem();
        return String.format(Locale.ROOT, "%s: %s cell, %.0f MPa, '%s', %d x %d at %.1f um, %d seeds: %d shorted;"
                + " %.1f s wall (%.0f%% solver)", v.name(), p.cell().type().id(), p.cell().stackPressurePascals() / 1e6,
                v.protocolText().replace("\n", "; "), p.widthPixels(), p.widthPixels(), p.pixelSizeMeters() * 1e6,
                v.runs().size(), shorted, v.wallSeconds(), run > 0 ? 100 * solver / run : 0);
    }
}
