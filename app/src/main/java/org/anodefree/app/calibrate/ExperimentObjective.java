package org.anodefree.app.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anodefree.InputException;
import org.anodefree.app.reproduce.Reproduction;
import org.anodefree.app.reproduce.RowResult;
import org.anodefree.app.reproduce.RunOptions;
import org.anodefree.io.config.Experiment;
import org.anodefree.parameters.ModelParameters;

/**
 * The calibration objective over experiment files: runs the spec's experiments through {@link Reproduction}
 * with the candidate values set on the base parameters, and sums the weighted {@link BandScore} residuals
 * of their selected checks. Every evaluation runs the same seeds (common random numbers), so the
 * objective is a deterministic function of the values. An experiment that fails to run scores
 * {@link BandScore#UNMEASURED} on each of its checks.
 */
public final class ExperimentObjective implements CalibrationObjective {
    private final CalibrationSpec spec;
    private final ModelParameters base;
    private final Path scratch;
    private final List<Experiment> experiments = new ArrayList<>();
    private final List<int[]> selected = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    /**
     * @param all the experiments available (e.g. every file under {@code experiments/})
     * @param base the parameter set the free values are set on
     * @param scratch where runners that always write figures may write them
     */
    public ExperimentObjective(CalibrationSpec spec, List<Experiment> all, ModelParameters base, Path scratch) {
        this.spec = spec;
        this.base = base;
        this.scratch = scratch;
        for (CalibrationSpec.Target t : spec.targets()) {
            Experiment e = all.stream().filter(x -> x.id().equalsIgnoreCase(t.experiment())).findFirst()
                    .orElseThrow(() -> new InputException("calibration spec: no experiment '" + t.experiment() + "'; have "
                            + String.join(", ", all.stream().map(Experiment::id).toList())));
            experiments.add(e);
            selected.add(checksOf(e, t));
            weights.add(t.weight());
        }
    }

    private static int[] checksOf(Experiment e, CalibrationSpec.Target t) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < e.checks().size(); i++) {
            Experiment.Check c = e.checks().get(i);
            if (t.checks().isEmpty() ? c.band() != null : t.checks().contains(c.name())) {
                if (c.band() == null) {
                    throw new InputException("calibration spec: " + e.id() + ": check '" + c.name()
                            + "' has no band, so it cannot enter the objective");
                }
                out.add(i);
            }
        }
        for (String name : t.checks()) {
            if (e.checks().stream().noneMatch(c -> c.name().equals(name))) {
                throw new InputException("calibration spec: " + e.id() + " has no check named '" + name + "'");
            }
        }
        if (out.isEmpty()) {
            throw new InputException("calibration spec: " + e.id() + " has no check with a band to fit");
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The base parameters with the free values set. */
    public ModelParameters parametersAt(double[] values) {
        ModelParameters p = base;
        for (int i = 0; i < values.length; i++) {
            p = p.with(spec.parameters().get(i).parameter(), values[i]);
        }
        return p;
    }

    @Override
    public Evaluation evaluate(double[] values) {
        long start = System.nanoTime();
        RunOptions options = new RunOptions(parametersAt(values), spec.gridPixels(), spec.seeds(), false);
        List<Reproduction.ExperimentResult> results = new Reproduction(options).run(experiments, Set.of(), scratch);
        List<CheckResidual> checks = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < experiments.size(); k++) {
            Experiment e = experiments.get(k);
            Reproduction.ExperimentResult r = results.get(k);
            for (int i : selected.get(k)) {
                Experiment.Check c = e.checks().get(i);
                CheckResidual cr;
                if (r.error() != null) {
                    cr = new CheckResidual(e.id(), c.name(), c.quantity(), c.reported(), c.band().describe(), null,
                            weights.get(k) * BandScore.UNMEASURED, "ERROR");
                } else {
                    RowResult row = r.rows().get(i);
                    double res = weights.get(k) * BandScore.residual(c, row.simulated().median(), spec.pull());
                    cr = new CheckResidual(e.id(), c.name(), c.quantity(), c.reported(), c.band().describe(),
                            row.simulated(), res, row.verdict());
                }
                checks.add(cr);
                total += cr.residual();
            }
        }
        return new Evaluation(0, values, total, checks, (System.nanoTime() - start) / 1e9);
    }
}
