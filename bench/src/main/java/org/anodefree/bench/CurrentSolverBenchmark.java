package org.anodefree.bench;

import java.util.concurrent.TimeUnit;
import org.anodefree.current.ButlerVolmerKinetics;
import org.anodefree.current.Control;
import org.anodefree.current.CurrentDistribution;
import org.anodefree.current.CurrentProblem;
import org.anodefree.current.CurrentSolver;
import org.anodefree.current.Electrolyte;
import org.anodefree.current.Kinetics;
import org.anodefree.current.LinearKinetics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One current-distribution solve on a 50%-active island interface (10 um pixels, 1.8 mS/cm,
 * 650 um slab, 0.5 mA/cm2): cold (no previous solution; FFT plan already made, as in a
 * simulation) and warm (started from the solution before 2% of the active pixels switched off,
 * as one stripping step does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CurrentSolverBenchmark {
    @Param({"128", "256", "512"})
    int size;

    @Param({"linear", "butler-volmer"})
    String kinetics;

    private CurrentSolver solver;
    private CurrentProblem problem;
    private CurrentDistribution previous;

    @Setup(Level.Trial)
    public void setUp() {
        double h = 10e-6;
        Electrolyte slab = new Electrolyte(0.18, 650e-6);
        Kinetics k = kinetics.equals("linear") ? new LinearKinetics(2.8e-4)
                : new ButlerVolmerKinetics(9.0, 0.5, 0.5, 298.15);
        double[] before = IslandInterface.contact(size, size, 0.5, size / 16.0, 42);
        Control control = new Control.Galvanostatic(5.0);
        CurrentProblem previousProblem = new CurrentProblem(size, size, h, before, k, slab, control, 1);
        problem = new CurrentProblem(size, size, h, IslandInterface.thinned(before, 50), k, slab, control, 1);
        solver = new CurrentSolver(problem);
        previous = solver.solve(previousProblem, null);
    }

    @Benchmark
    public CurrentDistribution cold() {
        return solver.solve(problem, null);
    }

    @Benchmark
    public CurrentDistribution warm() {
        return solver.solve(problem, previous);
    }
}
