package org.anodefree.sim;

import org.anodefree.cell.CathodeState;
import org.anodefree.current.Control;
import org.anodefree.current.CurrentDistribution;
import org.anodefree.current.CurrentProblem;
import org.anodefree.current.CurrentSolver;
import org.anodefree.current.Electrolyte;
import org.anodefree.grid.PixelGrid;
import org.anodefree.model.InterfaceModel;

/**
 * The electrochemistry of one run at one moment: the current distribution over the interface
 * (warm-started from the last solve, Li-holding pixels active), the cell voltage it gives with the counter
 * electrode in series, and, once a filament bridges, how the cell's current splits between the interface and
 * the short. Holds the last solve; everything else reads it from here.
 */
final class Electrochemistry {
    /**
     * Solver tolerances inside the stepper: 1e-8 relative CG residual and a 1e-5 V Newton stop on the
     * spread of E - phi - eta over active pixels, looser than the solver's defaults (1e-10). The
     * galvanostatic total current is exact for any tolerance, so charge conservation does not depend on
     * it. A 10 uV misfit shifts local currents by about 1e-5 V / R_ct = 0.02 A/m2 (R_ct = RT / (F j0) =
     * 4.5 Ohm cm2), 0.4% of 0.5 mA/cm2, well inside what the explicit time step moves (up to 10% of a
     * pixel's thickness or current per step), and the cell voltage by at most 10 uV. Against 1e-7 V it
     * halves the Newton and CG work of a warm-started solve (4.6 CG / 1.1 Newton instead of 7.9 / 1.7 in
     * 200 x 200 cycling; docs/model.md section 12 has the effect on the reproduced rows).
     */
    static final CurrentSolver.Settings SOLVER_SETTINGS = new CurrentSolver.Settings(1e-8, 1e-5, 10_000, 50);

    private final InterfaceState state;
    private final InterfaceModel model;
    private final CellCircuit circuit;
    private final Electrolyte electrolyte;
    private final PixelGrid grid;
    private final CurrentSolver solver;
    private final double[] contactFraction;
    private final double[] current;
    private CurrentDistribution last;
    private double plating;
    private double volts;
    private long solves;
    private long solverNanos;

    Electrochemistry(InterfaceState state, InterfaceModel model, CellCircuit circuit, Electrolyte electrolyte) {
        this.state = state;
        this.model = model;
        this.circuit = circuit;
        this.electrolyte = electrolyte;
        this.grid = state.grid();
        int n = state.pixels();
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        this.solver = new CurrentSolver(new CurrentProblem(grid.width(), grid.height(), grid.pixelSizeMeters(), ones,
                model.kinetics().scaled(1.0), electrolyte, new Control.Galvanostatic(0), 1), SOLVER_SETTINGS);
        this.contactFraction = new double[n];
        this.current = new double[n];
    }

    /** The last solve (null before the first). */
    CurrentDistribution last() {
        return last;
    }

    /** The last solve's local current densities, A/m2, positive anodic (0 at rest); read in place. */
    double[] current() {
        return current;
    }

    /** Electrochemical plating current density of the last solve, A/m2 (plating > 0, 0 at rest). */
    double plating() {
        return plating;
    }

    /** Cell voltage of the last solve or rest, V. */
    double volts() {
        return volts;
    }

    long solves() {
        return solves;
    }

    double solverSeconds() {
        return solverNanos / 1e9;
    }

    /**
     * Solves the interface at the cell's external current density (plating-positive). Without a short
     * the interface carries all of it; with {@code bridging} filaments, the electrochemical part p solves
     * g(p) = p + s V(p) / R_short - external = 0 (s: {@link CellCircuit#platingVoltageSign()}), where g
     * increases strictly with p: bracketed from the last p and found by the Illinois variant of regula
     * falsi ({@link IncreasingRoot}, shared with voltage holds), which keeps the bracket, so it cannot run
     * away into the exponential branches of the kinetics as a plain secant can.
     */
    void solve(double external, int bridging, CathodeState cathode) {
        if (bridging == 0) {
            solveAt(external, cathode);
            return;
        }
        double rs = model.shortCircuit().shortResistanceOhmM2(bridging);
        double scale = Math.max(Math.abs(external), 1e-3);
        double x0 = plating;
        double f0 = residual(x0, rs, external, cathode);
        IncreasingRoot.Result root = IncreasingRoot.find(p -> residual(p, rs, external, cathode), x0, f0, scale,
                1e-10 * scale, 1e-14 * scale, "short circuit: current split at " + external + " A/m2");
        if (plating != root.root()) {
            solveAt(root.root(), cathode);
        }
    }

    private double residual(double p, double shortResistanceOhmM2, double external, CathodeState cathode) {
        solveAt(p, cathode);
        return p + circuit.platingVoltageSign() * volts / shortResistanceOhmM2 - external;
    }

    /** Solves the interface carrying {@code platingAmpsPerM2} (plating positive) and forms the cell voltage. */
    void solveAt(double platingAmpsPerM2, CathodeState cathode) {
        double scale = fillContact(platingAmpsPerM2 > 0);
        CurrentProblem cp = new CurrentProblem(grid.width(), grid.height(), grid.pixelSizeMeters(), contactFraction,
                model.kinetics().scaled(scale), electrolyte, new Control.Galvanostatic(-platingAmpsPerM2), 1);
        long t0 = System.nanoTime();
        last = solver.solve(cp, last);
        solverNanos += System.nanoTime() - t0;
        solves++;
        plating = platingAmpsPerM2;
        for (int i = 0; i < current.length; i++) {
            current[i] = last.currentDensityAt(i);
        }
        volts = circuit.cellVolts(last.electrodePotentialVolts(), -platingAmpsPerM2, cathode);
    }

    /** At rest: no current anywhere, the open-circuit voltage. */
    void rest(CathodeState cathode) {
        volts = circuit.openCircuitVolts(cathode);
        plating = 0;
        java.util.Arrays.fill(current, 0);
    }

    /** The open-circuit voltage at this cathode state, V. */
    double openCircuitVolts(CathodeState cathode) {
        return circuit.openCircuitVolts(cathode);
    }

    /**
     * Fills the solver's contact field with each active pixel's exchange-current multiplier (heterogeneity
     * times void contact times thickness feedback) divided by the largest, so that it lies in (0, 1], and
     * returns that largest multiplier: the kinetics' exchange current density is j0 times it, which gives
     * every pixel exactly j0 f_i g_i.
     */
    private double fillContact(boolean platingDirection) {
        double mean = state.meanLithiumThicknessMeters();
        double max = 0;
        for (int i = 0; i < contactFraction.length; i++) {
            double m = 0;
            if (state.active(i, platingDirection)) {
                m = state.heterogeneityFactor(i) * state.contact(i)
                        * (mean > 0 ? model.contactFeedback().factor(state.thicknessMeters(i), mean) : 1.0);
                max = Math.max(max, m);
            }
            contactFraction[i] = m;
        }
        if (max > 0) {
            for (int i = 0; i < contactFraction.length; i++) {
                contactFraction[i] /= max;
            }
        }
        return max;
    }
}
