package org.anodefree.app.reproduce;

import org.anodefree.experiment.CheckResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anodefree.AnodefreeException;
import org.anodefree.InputException;
import org.anodefree.io.config.Experiment;

/** Runs experiments through the runner of their kind and judges every check. */
public final class Reproduction {
    private final Map<String, ExperimentRunner> runners = new LinkedHashMap<>();

    /** A reproduction with every runner anodefree has, simulating with the default parameters. */
    public Reproduction() {
        this(RunOptions.defaults());
    }

    /** A reproduction whose simulated experiments run with {@code options} (the calibration's candidate parameters). */
    public Reproduction(RunOptions options) {
        for (ExperimentRunner r : List.of(new StackEnergyRunner(), new SyntheticMapStrippingRunner(),
                new SimulationRunner(options))) {
            runners.put(r.kind(), r);
        }
    }

    /** Results of one experiment. */
    public record ExperimentResult(Experiment experiment, List<CheckResult> rows, Outcome outcome, double wallSeconds,
            String error) {
    }

    /** Runs the selected experiments (all when {@code only} is empty); an experiment that fails to run is an ERROR row, not a crash. */
    public List<ExperimentResult> run(List<Experiment> experiments, Set<String> only, Path outDir) {
        for (String id : only) {
            if (experiments.stream().noneMatch(e -> e.id().equalsIgnoreCase(id))) {
                throw new InputException("--only: no experiment '" + id + "'; have "
                        + String.join(", ", experiments.stream().map(Experiment::id).toList()));
            }
        }
        List<ExperimentResult> results = new ArrayList<>();
        for (Experiment e : experiments) {
            if (!only.isEmpty() && only.stream().noneMatch(id -> id.equalsIgnoreCase(e.id()))) {
                continue;
            }
            long start = System.nanoTime();
            ExperimentRunner runner = runners.get(e.kind());
            if (runner == null) {
                results.add(new ExperimentResult(e, List.of(), null, 0, "no runner for kind '" + e.kind()
                        + "' yet (have " + String.join(", ", runners.keySet()) + ")"));
                continue;
            }
            try {
                Outcome o = runner.run(e, outDir);
                List<CheckResult> rows = new ArrayList<>();
                for (int i = 0; i < e.checks().size(); i++) {
                    rows.add(CheckResult.judge(e.id(), e.checks().get(i), o.estimates().get(i)));
                }
                results.add(new ExperimentResult(e, rows, o, (System.nanoTime() - start) / 1e9, null));
            } catch (AnodefreeException ex) {
                results.add(new ExperimentResult(e, List.of(), null, (System.nanoTime() - start) / 1e9, ex.getMessage()));
            }
        }
        return results;
    }
}
