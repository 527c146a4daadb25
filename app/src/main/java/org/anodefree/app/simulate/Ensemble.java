package org.anodefree.app.simulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import org.anodefree.AnodefreeException;
import org.anodefree.ModelException;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.app.plot.CyclingCharts;
import org.anodefree.app.plot.SimulationMaps;
import org.anodefree.cycling.CycleAnalysis;
import org.anodefree.cycling.CycleResult;
import org.anodefree.cycling.CycleSummary;
import org.anodefree.cycling.CycleTable;
import org.anodefree.cycling.PlatingSign;
import org.anodefree.io.cycler.BdfCsvWriter;
import org.anodefree.protocol.ScheduledStep;
import org.anodefree.sim.Simulation;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationResult;
import org.anodefree.sim.SimulationSnapshot;

/**
 * Runs one simulation problem for several seeds, in parallel on all cores (each run is single-threaded
 * and bit-identical for its seed whatever runs beside it), analyses each record, and writes each run's
 * files when asked: {@code seed-<n>/timeseries.csv}, {@code seed-<n>/cycles.csv} (one row per cycle), voltage
 * charts and maps at the end of steps.
 */
public final class Ensemble {
    /**
     * One run.
     *
     * @param seed its seed
     * @param result the stepper's output
     * @param summary the cycle analysis of its record (min active area per cycle from the stepper)
     * @param cycles its per-cycle table
     * @param firstPlatingEnd the interface at the end of the first plating step (null if none ended)
     * @param wallSeconds wall time of the run
     */
    public record Member(long seed, SimulationResult result, CycleSummary summary, CycleTable cycles,
            SimulationSnapshot firstPlatingEnd, double wallSeconds) {
    }

    private Ensemble() {
    }

    /**
     * Runs {@code base} with each seed.
     *
     * @param outDir where {@code seed-<n>/} folders go, or null for no files
     * @param mapSteps maps are drawn at the end of the first this many steps, and at the end of the run
     * @param bar progress bar stepped once per protocol step of any run, or null
     */
    public static List<Member> run(SimulationProblem base, List<Long> seeds, Path outDir, int mapSteps, ProgressBar bar) {
        int threads = Math.max(1, Math.min(seeds.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Member>> futures = new ArrayList<>();
            for (long seed : seeds) {
                SimulationProblem p = base.withSeed(seed);
                futures.add(pool.submit(() -> runOne(p, outDir, mapSteps, bar)));
            }
            List<Member> out = new ArrayList<>();
            for (Future<Member> f : futures) {
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

    private static Member runOne(SimulationProblem p, Path outDir, int mapSteps, ProgressBar bar) {
        long start = System.nanoTime();
        Path dir = outDir == null ? null : outDir.resolve("seed-" + p.seed());
        SimulationSnapshot[] firstPlating = new SimulationSnapshot[1];
        SimulationSnapshot[] lastSnap = new SimulationSnapshot[1];
        double separator = p.cell().separatorThicknessMeters();
        Simulation.Listener listener = new Simulation.Listener() {
            @Override
            public void stepEnded(ScheduledStep step, SimulationSnapshot s) {
                if (firstPlating[0] == null && step.step() instanceof org.anodefree.protocol.Step.ConstantCurrent cc
                        && cc.mode().plating()) {
                    firstPlating[0] = s;
                }
                if (dir != null && step.stepNumber() <= mapSteps) {
                    SimulationMaps.write(s, separator, dir, "step-" + step.stepNumber());
                }
                lastSnap[0] = s;
                if (bar != null) {
                    bar.step();
                }
            }
        };
        SimulationResult r = new Simulation(p).run(listener);
        CycleSummary raw = CycleAnalysis.analyze(r.record(), p.cell().electrodeAreaM2(),
                p.cell().type().hasCathode() ? PlatingSign.POSITIVE : PlatingSign.NEGATIVE);
        CycleSummary s = raw.withMinActiveAreaFractions(perCycle(r.minActiveAreaFractionPerCycle(), raw.cycles()));
        CycleTable cycles = CycleTable.of(r.record(), s);
        if (dir != null) {
            BdfCsvWriter.write(r.record(), dir.resolve("timeseries.csv"));
            BdfCsvWriter.write(cycles, dir.resolve("cycles.csv"));
            String title = p.cell().type().id() + " cell, seed " + p.seed();
            ChartFiles.writePngAndSvg(CyclingCharts.voltageVsCapacity(r.record(), s, title), dir.resolve("voltage-capacity"));
            ChartFiles.writePngAndSvg(CyclingCharts.voltageVsTime(r.record(), s, title), dir.resolve("voltage-time"));
            if (lastSnap[0] != null && lastSnap[0].stepNumber() > mapSteps) {
                SimulationMaps.write(lastSnap[0], separator, dir, "end");
            }
        }
        return new Member(p.seed(), r, s, cycles, firstPlating[0], (System.nanoTime() - start) / 1e9);
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
