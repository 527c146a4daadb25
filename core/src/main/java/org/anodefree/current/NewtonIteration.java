package org.anodefree.current;

import org.anodefree.SolverException;

/**
 * Newton's method with an Armijo line search for nonlinear kinetics on a fixed active set; the
 * formulation is in {@link CurrentSolver}. Buffers are sized once for the largest active set.
 */
final class NewtonIteration {

    /** What a Newton solve reached. */
    record Outcome(double electrodePotentialVolts, int cgIterations, int newtonIterations) {
    }

    /** RT/F at room temperature, V: the potential scale below which Newton residuals are judged absolutely. */
    private static final double THERMAL_VOLTS = 0.0257;

    private final ActiveSetOperator operator;
    private final CurrentSolver.Settings settings;
    private final double[] phi;
    private final double[] g;
    private final double[] psi;
    /** eta and Psi at the last line-search trial; equal to those at the new j when that trial was taken. */
    private final double[] etaTrial;
    private final double[] psiTrial;
    private boolean trialTaken;
    private final double[] y;
    private final double[] stepPotential;
    private final double[] step;
    private final double[] slabStep;

    NewtonIteration(ActiveSetOperator operator, int maxActive, CurrentSolver.Settings settings) {
        this.operator = operator;
        this.settings = settings;
        this.phi = new double[maxActive];
        this.g = new double[maxActive];
        this.psi = new double[maxActive];
        this.etaTrial = new double[maxActive];
        this.psiTrial = new double[maxActive];
        this.stepPotential = new double[operator.domainSize()];
        this.y = new double[maxActive];
        this.step = new double[maxActive];
        this.slabStep = new double[maxActive];
    }

    /**
     * @param j in: a start (galvanostatic: carrying exactly the applied current); out: the solution
     * @param potential in: G j on the whole domain; out: that of the solution
     * @param diagonal work array for d eta / d j
     * @param galvanostatic true to keep the sum of j, false to hold the electrode at {@code fixedPotential}
     */
    Outcome solve(Kinetics kinetics, int[] active, double[] contact, int n, double[] j, double[] potential,
            double[] diagonal, boolean galvanostatic, double fixedPotential) {
        operator.configure(active, n, diagonal);
        int cg = 0;
        double spread = Double.NaN;
        for (int i = 0; i < n; i++) {
            phi[i] = potential[active[i]];
        }
        trialTaken = false;
        int domain = operator.domainSize();
        for (int it = 0; it <= settings.maxNewtonIterations(); it++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double mean = 0;
            for (int i = 0; i < n; i++) {
                // The accepted trial already inverted the law at this j: reuse it.
                double eta = trialTaken ? etaTrial[i] : kinetics.overpotentialVolts(j[i], contact[i]);
                g[i] = phi[i] + eta;
                diagonal[i] = kinetics.differentialResistanceOhmM2(j[i], eta, contact[i]);
                psi[i] = trialTaken ? psiTrial[i] : kinetics.dissipationPotentialWattsPerM2(j[i], eta, contact[i]);
                min = Math.min(min, g[i]);
                max = Math.max(max, g[i]);
                mean += g[i];
            }
            mean /= n;
            trialTaken = false;
            spread = galvanostatic ? max - min : Math.max(max - fixedPotential, fixedPotential - min);
            if (spread <= settings.potentialToleranceVolts()) {
                return new Outcome(galvanostatic ? mean : fixedPotential, cg, it);
            }
            operator.diagonalChanged();

            // Inexact Newton (Dembo, Eisenstat and Steihaug, SIAM J. Numer. Anal. 19 (1982) 400): the
            // linear residual need only be a fraction of the Newton residual, a fraction that
            // shrinks with it, which keeps convergence superlinear at a fraction of the CG work.
            double scale = Math.max(Math.abs(galvanostatic ? mean : fixedPotential), THERMAL_VOLTS);
            double inner = Math.max(settings.relativeTolerance(), Math.min(1e-2, spread / scale));
            // Galvanostatic: the step keeps the total current (zero sum) and solves the Newton
            // equations up to a common potential shift, the change of E (projected CG): one solve.
            double target = galvanostatic ? mean : fixedPotential;
            for (int i = 0; i < n; i++) {
                y[i] = target - g[i];
            }
            java.util.Arrays.fill(step, 0, n, 0.0);
            java.util.Arrays.fill(stepPotential, 0.0);
            // ... and never finer than the Newton tolerance itself: a linear residual whose Euclidean
            // norm is a tenth of it leaves every pixel's potential error below that tenth, so once
            // the law is nearly linear over the step, the next check passes.
            double yNorm = Math.sqrt(ActiveSetOperator.dot(y, y, n));
            double tolerance = Math.max(inner * yNorm, 0.1 * settings.potentialToleranceVolts());
            cg += operator.solve(y, step, stepPotential, galvanostatic, tolerance, settings.maxIterations());
            for (int i = 0; i < n; i++) {
                slabStep[i] = stepPotential[active[i]];
            }
            double t = lineSearch(kinetics, contact, n, j, galvanostatic ? 0.0 : fixedPotential);
            for (int i = 0; i < n; i++) {
                j[i] += t * step[i];
                phi[i] += t * slabStep[i]; // G is linear: no transform needed for the new potential
            }
            for (int k = 0; k < domain; k++) {
                potential[k] += t * stepPotential[k];
            }
        }
        throw new SolverException("current solver: Newton did not converge in " + settings.maxNewtonIterations()
                + " steps on " + n + " active pixels (potential residual " + spread + " V, needed "
                + settings.potentialToleranceVolts() + " V)");
    }

    /**
     * Backtracking on Psi(j + t dj) - E 1^T (j + t dj); G(j + t dj) = phi + t G dj, so each trial
     * costs no FFT. A rounding allowance keeps full steps near the solution, where Psi is flat.
     */
    private double lineSearch(Kinetics kinetics, double[] contact, int n, double[] j, double potential) {
        double slope = 0;
        for (int i = 0; i < n; i++) {
            slope += (g[i] - potential) * step[i];
        }
        double base = 0;
        for (int i = 0; i < n; i++) {
            base += 0.5 * j[i] * phi[i] + psi[i] - potential * j[i];
        }
        double allowance = 1e-13 * Math.abs(base);
        double t = 1.0;
        for (int k = 0; k < 40; k++) {
            double trial = merit(kinetics, contact, n, j, t, potential);
            if (trial <= base + 1e-4 * t * Math.min(slope, 0.0) + allowance) {
                trialTaken = true;
                return t;
            }
            t *= 0.5;
        }
        return t;
    }

    private double merit(Kinetics kinetics, double[] contact, int n, double[] j, double t, double potential) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ji = j[i] + t * step[i];
            double pi = phi[i] + t * slabStep[i];
            double eta = kinetics.overpotentialVolts(ji, contact[i]);
            double dissipation = kinetics.dissipationPotentialWattsPerM2(ji, eta, contact[i]);
            etaTrial[i] = eta;
            psiTrial[i] = dissipation;
            sum += 0.5 * ji * pi + dissipation - potential * ji;
        }
        return sum;
    }
}
