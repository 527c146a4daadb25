package org.anodefree.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationSettings;

/**
 * Runs a {@link SimulatedExperiment}: one ensemble per distinct variant its checks need (each run once,
 * however many checks share it), then each check's measure over the ensemble as an {@link Estimate}
 * ({@link Estimators}: medians, Kaplan-Meier medians of censored outcomes, shares, ratios, each with a 90%
 * interval). A ratio check ({@code <quantity>_ratio}) compares its variant's median with its
 * {@code versus_} variant's, on the same seeds (common random numbers); {@code shorted_fraction} is the
 * ensemble's share of runs that shorted.
 */
public final class ExperimentEnsembles {

    /**
     * How to run.
     *
     * @param parameters the base parameter set (an experiment's overrides go on top)
     * @param gridPixels a patch width for every variant, or 0 for the experiment's own
     * @param seeds seeds for every ensemble, or null for the experiment's judge seeds
     * @param settings the stepper's numerical settings
     * @param threads most runs at once
     */
    public record Options(ModelParameters parameters, int gridPixels, SeedSet seeds, SimulationSettings settings,
            int threads) {
        /** The base parameters, the experiment's own grid and seeds, default settings, all cores. */
        public static Options of(ModelParameters parameters) {
            return new Options(parameters, 0, null, SimulationSettings.defaults(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * One variant's ensemble.
     *
     * @param name {@code variant-<k>} in order of first use
     * @param values the variant's numbers
     * @param problem its simulation problem (seed 1)
     * @param protocolText its protocol, placeholders filled
     * @param runs one per seed, in seed order
     * @param wallSeconds wall time of the ensemble
     */
    public record VariantRun(String name, Map<String, Double> values, SimulationProblem problem, String protocolText,
            List<SimulatedRun> runs, double wallSeconds) {
        public VariantRun {
            runs = List.copyOf(runs);
        }
    }

    /**
     * What an experiment gave.
     *
     * @param estimates one per check, in check order
     * @param variants the ensembles run, in order of first use
     */
    public record Outcome(List<Estimate> estimates, List<VariantRun> variants) {
        public Outcome {
            estimates = List.copyOf(estimates);
            variants = List.copyOf(variants);
        }
    }

    /** Gives each variant's ensemble its observer (e.g. one that writes the runs' files). */
    @FunctionalInterface
    public interface ObserverFactory {
        RunObserver forVariant(String name);
    }

    private ExperimentEnsembles() {
    }

    /** Runs the experiment with no observers. */
    public static Outcome run(SimulatedExperiment e, Options options) {
        return run(e, options, name -> RunObserver.NONE);
    }

    /** Runs every variant the checks need and measures each check. */
    public static Outcome run(SimulatedExperiment e, Options options, ObserverFactory observers) {
        Map<String, VariantRun> cache = new LinkedHashMap<>();
        List<Estimate> estimates = new ArrayList<>();
        for (Check c : e.checks()) {
            boolean ratio = c.quantity().endsWith("_ratio");
            String q = ratio ? c.quantity().substring(0, c.quantity().length() - "_ratio".length()) : c.quantity();
            String where = e.id() + ": check '" + c.name() + "'";
            Measures.Measure m = Measures.perRun(q, where);
            List<Measures.Observation> a = observe(m, ensemble(e, e.variant(c.at(), false), options, observers, cache));
            if (!ratio) {
                estimates.add(Measures.isEnsembleLevel(q) ? Estimators.fraction(a) : Estimators.of(a));
                continue;
            }
            List<Measures.Observation> b = observe(m, ensemble(e, e.variant(c.at(), true), options, observers, cache));
            estimates.add(Estimators.ratio(a, b));
        }
        return new Outcome(estimates, List.copyOf(cache.values()));
    }

    private static VariantRun ensemble(SimulatedExperiment e, Map<String, Double> v, Options o,
            ObserverFactory observers, Map<String, VariantRun> cache) {
        String key = v.toString();
        VariantRun hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        String name = "variant-" + (cache.size() + 1);
        SimulationProblem problem = e.problem(v, o.parameters(), o.gridPixels(), o.settings());
        SeedSet seeds = o.seeds() != null ? o.seeds() : e.judgeSeeds();
        long start = System.nanoTime();
        List<SimulatedRun> runs = EnsembleRunner.run(problem, seeds, observers.forVariant(name), o.threads());
        VariantRun run = new VariantRun(name, v, problem, e.protocolText(v), runs, (System.nanoTime() - start) / 1e9);
        cache.put(key, run);
        return run;
    }

    private static List<Measures.Observation> observe(Measures.Measure m, VariantRun v) {
        List<Measures.Observation> out = new ArrayList<>();
        for (SimulatedRun r : v.runs()) {
            out.add(m.of(r));
        }
        return out;
    }
}
