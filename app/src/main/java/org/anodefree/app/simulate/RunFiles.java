package org.anodefree.app.simulate;

import java.nio.file.Path;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.app.plot.CyclingCharts;
import org.anodefree.app.plot.SimulationMaps;
import org.anodefree.experiment.RunObserver;
import org.anodefree.experiment.SimulatedRun;
import org.anodefree.io.cycler.BdfCsvWriter;
import org.anodefree.protocol.ScheduledStep;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationSnapshot;

/**
 * Writes each run's files as an ensemble runs, into {@code <dir>/seed-<n>/}: {@code timeseries.csv}, {@code
 * cycles.csv} (one row per cycle), voltage charts, and maps of Li thickness, current density and filaments
 * at the end of the first {@code mapSteps} steps and at the end of the run. Each run writes only its own
 * folder, so runs in parallel never share a file.
 */
public final class RunFiles implements RunObserver {
    private final Path dir;
    private final int mapSteps;
    private final Runnable stepTick;
    private final java.util.Map<Long, SimulationSnapshot> last = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param dir where {@code seed-<n>/} folders go
     * @param mapSteps maps are drawn at the end of the first this many steps, and at the end of the run
     * @param stepTick called once per protocol step of any run (a progress bar's step), or null
     */
    public RunFiles(Path dir, int mapSteps, Runnable stepTick) {
        this.dir = dir;
        this.mapSteps = mapSteps;
        this.stepTick = stepTick;
    }

    /** An observer that only ticks the progress bar (no files). */
    public static RunObserver progressOnly(Runnable stepTick) {
        return new RunObserver() {
            @Override
            public void stepEnded(SimulationProblem problem, ScheduledStep step, SimulationSnapshot snapshot) {
                if (stepTick != null) {
                    stepTick.run();
                }
            }
        };
    }

    @Override
    public void stepEnded(SimulationProblem problem, ScheduledStep step, SimulationSnapshot s) {
        if (step.stepNumber() <= mapSteps) {
            SimulationMaps.write(s, problem.cell().separatorThicknessMeters(), seedDir(problem.seed()),
                    "step-" + step.stepNumber());
        }
        last.put(problem.seed(), s);
        if (stepTick != null) {
            stepTick.run();
        }
    }

    @Override
    public void finished(SimulationProblem problem, SimulatedRun run) {
        Path d = seedDir(problem.seed());
        BdfCsvWriter.write(run.result().record(), d.resolve("timeseries.csv"));
        BdfCsvWriter.write(run.cycles(), d.resolve("cycles.csv"));
        String title = problem.cell().type().id() + " cell, seed " + problem.seed();
        ChartFiles.writePngAndSvg(CyclingCharts.voltageVsCapacity(run.result().record(), run.summary(), title),
                d.resolve("voltage-capacity"));
        ChartFiles.writePngAndSvg(CyclingCharts.voltageVsTime(run.result().record(), run.summary(), title),
                d.resolve("voltage-time"));
        SimulationSnapshot end = last.remove(problem.seed());
        if (end != null && end.stepNumber() > mapSteps) {
            SimulationMaps.write(end, problem.cell().separatorThicknessMeters(), d, "end");
        }
    }

    private Path seedDir(long seed) {
        return dir.resolve("seed-" + seed);
    }
}
