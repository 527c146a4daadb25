package org.anodefree.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anodefree.AnodefreeException;
import org.anodefree.ModelException;
import org.anodefree.cycling.CycleAnalysis;
import org.anodefree.cycling.CycleResult;
import org.anodefree.cycling.CycleSummary;
import org.anodefree.cycling.CycleTable;
import org.anodefree.cycling.PlatingSign;
import org.anodefree.protocol.ScheduledStep;
import org.anodefree.protocol.Step;
import org.anodefree.sim.Simulation;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationResult;
import org.anodefree.sim.SimulationSnapshot;

/**
 * Runs one simulation problem for a set of seeds and analyses each record. Seeds run in parallel (each run
 * is single-threaded and bit-identical for its seed whatever runs beside it), and the runs come back in the
 * seed set's order, so an ensemble's results do not depend on the thread count.
 */
public final class EnsembleRunner {
    private EnsembleRunner() {
    }

    /** Runs {@code base} with each seed on all cores. */
    public static List<SimulatedRun> run(SimulationProblem base, SeedSet seeds) {
        return run(base, seeds, RunObserver.NONE, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs {@code base} with each seed.
     *
     * @param observer told about each run as it goes (on the run's thread)
     * @param threads most runs at once (at least 1)
     */
    public static List<SimulatedRun> run(SimulationProblem base, SeedSet seeds, RunObserver observer, int threads) {
        int n = Math.max(1, Math.min(seeds.size(), threads));
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<SimulatedRun>> futures = new ArrayList<>();
            for (long seed : seeds.toArray()) {
                SimulationProblem p = base.withSeed(seed);
                futures.add(pool.submit(() -> runOne(p, observer)));
            }
            List<SimulatedRun> out = new ArrayList<>();
            for (Future<SimulatedRun> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AnodefreeException a) {
                throw a;
            }
            throw new ModelException("simulation failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("simulation interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    /** One run of {@code problem} (its own seed), analysed, on the calling thread. */
    public static SimulatedRun runOne(SimulationProblem problem, RunObserver observer) {
        long start = System.nanoTime();
        SimulationSnapshot[] firstPlating = new SimulationSnapshot[1];
        Simulation.Listener listener = new Simulation.Listener() {
            @Override
            public void stepEnded(ScheduledStep step, SimulationSnapshot s) {
                if (firstPlating[0] == null && step.step() instanceof Step.ConstantCurrent cc && cc.mode().plating()) {
                    firstPlating[0] = s;
                }
                observer.stepEnded(problem, step, s);
            }
        };
        SimulationResult r = new Simulation(problem).run(listener);
        CycleSummary raw = CycleAnalysis.analyze(r.record(), problem.cell().electrodeAreaM2(),
                problem.cell().type().hasCathode() ? PlatingSign.POSITIVE : PlatingSign.NEGATIVE);
        CycleSummary s = raw.withMinActiveAreaFractions(perCycle(r.minActiveAreaFractionPerCycle(), raw.cycles()));
        SimulatedRun run = new SimulatedRun(problem.seed(), r, s, CycleTable.of(r.record(), s), firstPlating[0],
                (System.nanoTime() - start) / 1e9);
        observer.finished(problem, run);
        return run;
    }

    /** The stepper's per-cycle minima, matched to the cycles the analysis found (NaN where it has none). */
    private static double[] perCycle(double[] stepper, List<CycleResult> cycles) {
        double[] out = new double[cycles.size()];
        for (int k = 0; k < out.length; k++) {
            int c = cycles.get(k).cycle() - 1;
            out[k] = c >= 0 && c < stepper.length ? stepper[c] : Double.NaN;
        }
        return out;
    }
}
