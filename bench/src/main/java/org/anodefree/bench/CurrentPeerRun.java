package org.anodefree.bench;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * local current density as big-endian doubles. {@code fft-ratio} prints the time of a warm-started
 * 256 x 256 solve over the time of one forward+inverse real FFT pair of the same size.
 */
public final class CurrentPeerRun {
    private CurrentPeerRun() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 10 && args[0].equals("solve")) {
            solve(args);
        } else if (args.length == 1 && args[0].equals("fft-ratio")) {
            fftRatio();
        } else {
            System.err.println("usage: CurrentPeerRun solve MASK OUT W H E R_CT SIGMA L PIXEL | fft-ratio");
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
        int n = 256;
        double h = 10e-6;
        Electrolyte slab = new Electrolyte(0.18, 650e-6);
        // The simulator's settings (org.anodefree.sim.Simulation.SOLVER_SETTINGS) and the defaults.
        CurrentSolver.Settings simulation = new CurrentSolver.Settings(1e-8, 1e-7, 10_000, 50);
        for (CurrentSolver.Settings settings : new CurrentSolver.Settings[] {CurrentSolver.Settings.defaults(),
                simulation}) {
            for (Kinetics k : new Kinetics[] {new LinearKinetics(2.8e-4), new ButlerVolmerKinetics(9.0, 0.5, 0.5, 298.15)}) {
                for (String change : new String[] {"thinned", "current", "contact"}) {
                    warm(n, h, slab, k, settings, change);
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
            String change) {
        double[] before = IslandInterface.contact(n, n, 0.5, 16, 42);
        Control c = new Control.Galvanostatic(5.0);
        CurrentProblem previousProblem = new CurrentProblem(n, n, h, before, k, slab, c, 1);
        CurrentProblem p = next(previousProblem, change);
        CurrentSolver solver = new CurrentSolver(p, settings);
        CurrentDistribution previous = solver.solve(previousProblem, null);
        double[] times = new double[40];
        double[] fftTimes = new double[40];
        DoubleFFT_2D fft = new DoubleFFT_2D(n, n);
        double[] buffer = IslandInterface.contact(n, n, 0.5, 16, 1);
        CurrentDistribution d = null;
        double pairs = 0;
        // Solves and FFT pairs interleaved, so that both see the same load on a shared machine.
        for (int r = -20; r < times.length; r++) {
            long t = System.nanoTime();
            fft.realForward(buffer);
            fft.realInverse(buffer, true);
            long t1 = System.nanoTime();
            double pairsBefore = work(solver);
            d = solver.solve(p, previous);
            long t2 = System.nanoTime();
            pairs = work(solver) - pairsBefore;
            if (r >= 0) {
                fftTimes[r] = (t1 - t) * 1e-9;
                times[r] = (t2 - t1) * 1e-9;
            }
        }
        String name = k.isLinear() ? "linear" : "butler_volmer";
        double coldBefore = work(solver);
        CurrentDistribution cold = solver.solve(p, null);
        double coldPairs = work(solver) - coldBefore;
        System.out.printf("warm_256_%-13s_%-7s_tol_%.0e: %.2f ms, FFT pair %.3f ms, ratio %.1f; work: %.2f FFT pairs (cold %.2f),"
                + " %d CG iterations (cold %d), %d Newton steps (cold %d)%n", name, change, settings.relativeTolerance(),
                median(times) * 1e3, median(fftTimes) * 1e3, median(times) / median(fftTimes), pairs, coldPairs,
                d.cgIterations(), cold.cgIterations(), d.newtonIterations(), cold.newtonIterations());
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
