package org.anodefree.app.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anodefree.AnodefreeException;
import org.anodefree.InputException;
import org.anodefree.experiment.Check;
import org.anodefree.experiment.CheckResult;
import org.anodefree.experiment.Estimate;
import org.anodefree.experiment.ExperimentEnsembles;
import org.anodefree.experiment.SeedSet;
import org.anodefree.experiment.SimulatedExperiment;
import org.anodefree.io.config.Experiment;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.sim.SimulationSettings;

/**
 * The calibration objective over experiment files: runs the spec's simulated experiments through the core
 * {@link ExperimentEnsembles} (no files, no plots) with the candidate values set on the base parameters,
 * and sums the weighted {@link BandScore} residuals
 * of their selected checks. Every evaluation runs the same seeds (common random numbers), so the
 * objective is a deterministic function of the values. An experiment that fails to run scores
 * {@link BandScore#UNMEASURED} on each of its checks.
 */
public final class ExperimentObjective implements CalibrationObjective {
    private final CalibrationSpec spec;
    private final ModelParameters base;
    private final List<SimulatedExperiment> experiments = new ArrayList<>();
    private final List<int[]> selected = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    /**
     * @param all the experiments available (e.g. every file under {@code experiments/})
     * @param base the parameter set the free values are set on
     * @param scratch unused (runs write no files); kept so callers need not change
     */
    public ExperimentObjective(CalibrationSpec spec, List<Experiment> all, ModelParameters base, Path scratch) {
        this.spec = spec;
        this.base = base;
        for (CalibrationSpec.Target t : spec.targets()) {
            Experiment e = all.stream().filter(x -> x.id().equalsIgnoreCase(t.experiment())).findFirst()
                    .orElseThrow(() -> new InputException("calibration spec: no experiment '" + t.experiment() + "'; have "
                            + String.join(", ", all.stream().map(Experiment::id).toList())));
            SimulatedExperiment x = e.simulated();
            if (!spec.fitSeeds().isDisjointFrom(x.judgeSeeds())) {
                throw new InputException("calibration: the fit seeds " + spec.fitSeeds() + " overlap " + e.id()
                        + "'s judge seeds " + x.judgeSeeds() + "; fit on other seeds");
            }
            experiments.add(x);
            selected.add(checksOf(e, t));
            weights.add(t.weight());
        }
    }

    private static int[] checksOf(Experiment e, CalibrationSpec.Target t) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < e.checks().size(); i++) {
            Check c = e.checks().get(i);
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
        ExperimentEnsembles.Options options = new ExperimentEnsembles.Options(parametersAt(values), spec.gridPixels(),
                spec.fitSeeds(), SimulationSettings.defaults(),
                Runtime.getRuntime().availableProcessors());
        List<CheckResidual> checks = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < experiments.size(); k++) {
            SimulatedExperiment e = experiments.get(k);
            List<Estimate> estimates = null;
            String error = null;
            try {
                estimates = ExperimentEnsembles.run(e, options).estimates();
            } catch (AnodefreeException ex) {
                error = ex.getMessage();
            }
            for (int i : selected.get(k)) {
                Check c = e.checks().get(i);
                CheckResidual cr;
                if (error != null) {
                    cr = new CheckResidual(e.id(), c.name(), c.quantity(), c.reported(), c.band().describe(), null,
                            weights.get(k) * BandScore.UNMEASURED, "ERROR");
                } else {
                    CheckResult row = CheckResult.judge(e.id(), c, estimates.get(i));
                    // a median not reached is known only to exceed its bound: scored at the bound, which is exact
                    // for a band it already passes or fails (experiments run beyond their bands; see BandScore)
                    Estimate est = row.simulated();
                    double value = est.medianReached() ? est.median() : est.lowerBound();
                    double res = weights.get(k) * BandScore.residual(c, value, spec.pull());
                    cr = new CheckResidual(e.id(), c.name(), c.quantity(), c.reported(), c.band().describe(),
                            row.simulated(), res, row.verdict().name());
                }
                checks.add(cr);
                total += cr.residual();
            }
        }
        return new Evaluation(0, values, total, checks, (System.nanoTime() - start) / 1e9);
    }
}
