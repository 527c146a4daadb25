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
    private final double[] v;
    private final double[] y;
    private final double[] step;
    private final double[] slabStep;
    private final double[] ones;

    NewtonIteration(ActiveSetOperator operator, int maxActive, CurrentSolver.Settings settings) {
        this.operator = operator;
        this.settings = settings;
        this.phi = new double[maxActive];
        this.g = new double[maxActive];
        this.psi = new double[maxActive];
        this.etaTrial = new double[maxActive];
        this.psiTrial = new double[maxActive];
        this.v = new double[maxActive];
        this.y = new double[maxActive];
        this.step = new double[maxActive];
        this.slabStep = new double[maxActive];
        this.ones = new double[maxActive];
        java.util.Arrays.fill(ones, 1.0);
    }

    /**
     * @param j in: warm-start current densities (or zeros); out: the solution
     * @param diagonal work array for d eta / d j
     * @param targetSum required sum of j over active pixels (I / h^2), NaN when potentiostatic
     * @param fixedPotential electrode potential when potentiostatic, NaN when galvanostatic
     */
    Outcome solve(Kinetics kinetics, int[] active, double[] contact, int n, double[] j, double[] diagonal,
            double targetSum, double fixedPotential) {
        boolean galvanostatic = !Double.isNaN(targetSum);
        if (galvanostatic) {
            feasibleStart(j, n, targetSum);
        }
        operator.configure(active, n, diagonal);
        int cg = 0;
        double spread = Double.NaN;
        operator.slabOnly(j, phi);
        trialTaken = false;
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
            if (galvanostatic) {
                if (it == 0) {
                    java.util.Arrays.fill(v, 0, n, 0.0);
                }
                cg += operator.solve(ones, v, inner, settings.maxIterations());
                // Solve for the correction itself (right-hand side -> 0 at convergence), not for the
                // full new state, so that no cancellation limits the attainable accuracy.
                for (int i = 0; i < n; i++) {
                    y[i] = mean - g[i];
                }
                java.util.Arrays.fill(step, 0, n, 0.0);
                cg += operator.solve(y, step, inner, settings.maxIterations());
                double sumJ = 0;
                double sumV = 0;
                double sumW = 0;
                for (int i = 0; i < n; i++) {
                    sumJ += j[i];
                    sumV += v[i];
                    sumW += step[i];
                }
                // The potential shift that makes the step carry exactly the current still missing.
                double shift = (targetSum - sumJ - sumW) / sumV;
                for (int i = 0; i < n; i++) {
                    step[i] += shift * v[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    y[i] = fixedPotential - g[i];
                }
                java.util.Arrays.fill(step, 0, n, 0.0);
                cg += operator.solve(y, step, inner, settings.maxIterations());
            }
            double t = lineSearch(kinetics, contact, n, j, galvanostatic ? 0.0 : fixedPotential);
            for (int i = 0; i < n; i++) {
                j[i] += t * step[i];
                phi[i] += t * slabStep[i]; // G is linear: no transform needed for the new potential
            }
        }
        throw new SolverException("current solver: Newton did not converge in " + settings.maxNewtonIterations()
                + " steps on " + n + " active pixels (potential residual " + spread + " V, needed "
                + settings.potentialToleranceVolts() + " V)");
    }

    private static void feasibleStart(double[] j, int n, double targetSum) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += j[i];
        }
        if (targetSum != 0 && sum != 0 && Math.signum(sum) == Math.signum(targetSum) && Double.isFinite(sum)) {
            double scale = targetSum / sum;
            for (int i = 0; i < n; i++) {
                j[i] *= scale;
            }
        } else {
            java.util.Arrays.fill(j, 0, n, targetSum / n);
        }
    }

    /**
     * Backtracking on Psi(j + t dj) - E 1^T (j + t dj); G(j + t dj) = phi + t G dj, so each trial
     * costs no FFT. A rounding allowance keeps full steps near the solution, where Psi is flat.
     */
    private double lineSearch(Kinetics kinetics, double[] contact, int n, double[] j, double potential) {
        operator.slabOnly(step, slabStep);
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
