package org.anodefree.bench;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.anodefree.current.ButlerVolmerKinetics;
import org.anodefree.current.Control;
import org.anodefree.current.CurrentDistribution;
import org.anodefree.current.CurrentProblem;
import org.anodefree.current.CurrentSolver;
import org.anodefree.current.Electrolyte;
import org.anodefree.current.Kinetics;
import org.anodefree.current.LinearKinetics;
import org.jtransforms.fft.DoubleFFT_2D;

/**
 * Our side of {@code bench/current-vs-scipy.sh}. {@code solve MASK OUT W H E R_CT SIGMA L PIXEL}
 * solves the potentiostatic linear-kinetics problem on the given mask (one byte per pixel,
 * row-major), prints the median wall time of a full solve (solver set-up included) and writes the
 * local current density as big-endian doubles. {@code fft-ratio [FFT_THREADS]} prints the time of
 * a warm-started (and a cold) solve over the time of one forward+inverse real FFT pair of the same
 * size: at 128, 256 and 512 after a stripping step, then at 256 after each kind of change and at
 * both tolerances. Besides wall-clock ratios it prints the ratio of the calling thread's CPU time,
 * which a shared machine's load does not inflate; it is the whole work only when JTransforms runs
 * on one thread ({@code FFT_THREADS} = 1).
 */
public final class CurrentPeerRun {
    private CurrentPeerRun() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 10 && args[0].equals("solve")) {
            solve(args);
        } else if (args.length >= 1 && args.length <= 2 && args[0].equals("fft-ratio")) {
            if (args.length == 2) {
                // JTransforms' thread count for the solver and the reference pair alike (default: all cores).
                pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(Integer.parseInt(args[1]));
            }
            fftRatio();
        } else {
            System.err.println("usage: CurrentPeerRun solve MASK OUT W H E R_CT SIGMA L PIXEL | fft-ratio [FFT_THREADS]");
            System.exit(2);
        }
    }

    private static void solve(String[] a) throws IOException {
        byte[] mask = Files.readAllBytes(Path.of(a[1]));
        int w = Integer.parseInt(a[3]);
        int h = Integer.parseInt(a[4]);
        double[] contact = new double[w * h];
        for (int i = 0; i < contact.length; i++) {
            contact[i] = mask[i] != 0 ? 1.0 : 0.0;
        }
        CurrentProblem p = new CurrentProblem(w, h, Double.parseDouble(a[9]), contact,
                new LinearKinetics(Double.parseDouble(a[6])),
                new Electrolyte(Double.parseDouble(a[7]), Double.parseDouble(a[8])),
                new Control.Potentiostatic(Double.parseDouble(a[5])), 1);
        long t0 = System.nanoTime();
        CurrentDistribution d = CurrentSolver.solve(p);
        double first = (System.nanoTime() - t0) * 1e-9;
        double[] times = new double[30];
        for (int r = 0; r < times.length; r++) {
            long t = System.nanoTime();
            d = CurrentSolver.solve(p);
            times[r] = (System.nanoTime() - t) * 1e-9;
        }
        try (OutputStream os = Files.newOutputStream(Path.of(a[2]));
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(os))) {
            for (int i = 0; i < w * h; i++) {
                out.writeDouble(d.currentDensityAt(i));
            }
        }
        System.out.printf("anodefree_first_s %.6f%nanodefree_median_s %.6f%nanodefree_cg_iterations %d%n", first,
                median(times), d.cgIterations());
    }

    private static void fftRatio() {
        double h = 10e-6;
        Electrolyte slab = new Electrolyte(0.18, 650e-6);
        // The simulator's own settings, and the solver's tight defaults.
        CurrentSolver.Settings simulation = org.anodefree.sim.Simulation.SOLVER_SETTINGS;
        Kinetics[] laws = {new LinearKinetics(2.8e-4), new ButlerVolmerKinetics(9.0, 0.5, 0.5, 298.15)};
        System.out.printf("FFT threads %d%n", pl.edu.icm.jlargearrays.ConcurrencyUtils.getNumberOfThreads());
        for (int n : new int[] {128, 256, 512}) {
            for (Kinetics k : laws) {
                warm(n, h, slab, k, simulation, "thinned", true);
            }
        }
        // The issue compares solvers at 1% accuracy in local current density; these looser settings
        // are checked against that by the error each line prints.
        CurrentSolver.Settings percent = new CurrentSolver.Settings(1e-4, 1e-4, 10_000, 50);
        for (CurrentSolver.Settings settings : new CurrentSolver.Settings[] {CurrentSolver.Settings.defaults(),
                simulation, percent}) {
            for (Kinetics k : laws) {
                for (String change : new String[] {"thinned", "current", "contact"}) {
                    warm(256, h, slab, k, settings, change, false);
                }
            }
        }
    }

    /**
     * The change since the previous solution: "thinned", 2% of the active pixels switched off (a
     * stripping step); "current", the same interface at 1% more current (the simulator's search for
     * the plating current); "contact", every contact fraction 1% lower in a seeded pattern (a step
     * that depletes no pixel).
     */
    private static CurrentProblem next(CurrentProblem previous, String change) {
        double[] c = previous.contactFraction();
        Control control = previous.control();
        switch (change) {
            case "thinned" -> c = IslandInterface.thinned(c, 50);
            case "current" -> control = new Control.Galvanostatic(
                    1.01 * ((Control.Galvanostatic) control).currentDensityAmpsPerM2());
            case "contact" -> {
                java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
                for (int i = 0; i < c.length; i++) {
                    c[i] *= 1 - 0.02 * rnd.nextDouble();
                }
            }
            default -> throw new IllegalArgumentException(change);
        }
        return new CurrentProblem(previous.width(), previous.height(), previous.pixelSizeMeters(), c,
                previous.kinetics(), previous.electrolyte(), control, 1);
    }

    private static void warm(int n, double h, Electrolyte slab, Kinetics k, CurrentSolver.Settings settings,
            String change, boolean timeCold) {
        double[] before = IslandInterface.contact(n, n, 0.5, n / 16.0, 42);
        Control c = new Control.Galvanostatic(5.0);
        CurrentProblem previousProblem = new CurrentProblem(n, n, h, before, k, slab, c, 1);
        CurrentProblem p = next(previousProblem, change);
        CurrentSolver solver = new CurrentSolver(p, settings);
        CurrentDistribution previous = solver.solve(previousProblem, null);
        int rounds = n >= 512 ? 20 : 40;
        double[] times = new double[rounds];
        double[] fftTimes = new double[rounds];
        double[] coldTimes = new double[rounds];
        double[] cpu = new double[rounds];
        double[] fftCpu = new double[rounds];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        DoubleFFT_2D fft = new DoubleFFT_2D(n, n);
        double[] buffer = IslandInterface.contact(n, n, 0.5, 16, 1);
        CurrentDistribution d = null;
        double pairs = 0;
        // Solves and FFT pairs interleaved, so that both see the same load on a shared machine.
        for (int r = -rounds / 2; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            fft.realForward(buffer);
            fft.realInverse(buffer, true);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            double pairsBefore = work(solver);
            d = solver.solve(p, previous);
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            pairs = work(solver) - pairsBefore;
            long t3 = t2;
            if (timeCold) {
                solver.solve(p, null);
                t3 = System.nanoTime();
            }
            if (r >= 0) {
                fftTimes[r] = (t1 - t) * 1e-9;
                times[r] = (t2 - t1) * 1e-9;
                coldTimes[r] = (t3 - t2) * 1e-9;
                fftCpu[r] = (c1 - c0) * 1e-9;
                cpu[r] = (c2 - c1) * 1e-9;
            }
        }
        String name = k.isLinear() ? "linear" : "butler_volmer";
        double[] error = currentError(d, new CurrentSolver(p, CurrentSolver.Settings.defaults()).solve(p, null), p);
        double coldBefore = work(solver);
        CurrentDistribution cold = solver.solve(p, null);
        double coldPairs = work(solver) - coldBefore;
        String coldRatio = timeCold ? String.format(" (cold %.1f)", median(coldTimes) / median(fftTimes)) : "";
        System.out.printf("warm_%d_%-13s_%-7s_%.0e_%.0eV: %.2f ms, FFT pair %.3f ms, ratio %.1f%s, cpu ratio %.1f;"
                + " work: %.2f FFT pairs (cold %.2f), %d CG iterations (cold %d), %d Newton steps (cold %d);"
                + " local j off a tight solve by %.2g%% median, %.2g%% max of the mean%n", n, name,
                change, settings.relativeTolerance(), settings.potentialToleranceVolts(), median(times) * 1e3, median(fftTimes) * 1e3,
                median(times) / median(fftTimes), coldRatio, median(cpu) / median(fftCpu), pairs, coldPairs,
                d.cgIterations(), cold.cgIterations(), d.newtonIterations(), cold.newtonIterations(),
                100 * error[0], 100 * error[1]);
    }

    /**
     * How far a solve's local current densities are from a tight (1e-10) solve of the same problem:
     * the median and the largest absolute difference over active pixels, over the mean local current
     * density there. The accuracy for comparing solvers is 1% of local current density.
     */
    private static double[] currentError(CurrentDistribution d, CurrentDistribution tight, CurrentProblem p) {
        double[] c = p.contactFraction();
        double[] diff = new double[c.length];
        int active = 0;
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] > 0) {
                diff[active++] = Math.abs(d.currentDensityAt(i) - tight.currentDensityAt(i));
                sum += tight.currentDensityAt(i);
            }
        }
        double mean = sum / active;
        double[] a = Arrays.copyOf(diff, active);
        Arrays.sort(a);
        return new double[] {a[active / 2] / mean, a[active - 1] / mean};
    }

    /** Transform work in full-grid pairs: a half-resolution pair does a quarter of the points. */
    private static double work(CurrentSolver solver) {
        return solver.transformPairs() + 0.25 * solver.coarseTransformPairs();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
