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
    /** Share of the Newton tolerance that a step's CG residual spread may use (see {@link #solve}). */
    static final double SPREAD_SHARE = 0.5;

    private final ActiveSetOperator operator;
    private final CurrentSolver.Settings settings;
    private final double[] phi;
    private final double[] g;
    /** eta and Psi at the current j, and at the last line-search trial (with its slope d eta / dj). */
    private double[] eta;
    private double[] psi;
    private double[] etaTrial;
    private double[] psiTrial;
    private final double[] slopeTrial;
    private final double[] jTrial;
    private final double[] y;
    private final double[] stepPotential;
    private final double[] step;
    private final double[] slabStep;

    NewtonIteration(ActiveSetOperator operator, int maxActive, CurrentSolver.Settings settings) {
        this.operator = operator;
        this.settings = settings;
        this.phi = new double[maxActive];
        this.g = new double[maxActive];
        this.eta = new double[maxActive];
        this.psi = new double[maxActive];
        this.etaTrial = new double[maxActive];
        this.psiTrial = new double[maxActive];
        this.slopeTrial = new double[maxActive];
        this.jTrial = new double[maxActive];
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
        // The law at the start; afterwards the accepted line-search trial brings it (eta, slope, Psi at the new j).
        kinetics.evaluate(j, contact, n, eta, diagonal, psi);
        int domain = operator.domainSize();
        double tolerance = settings.potentialToleranceVolts();
        for (int it = 0; it <= settings.maxNewtonIterations(); it++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double mean = 0;
            for (int i = 0; i < n; i++) {
                double gi = phi[i] + eta[i];
                g[i] = gi;
                min = gi < min ? gi : min;
                max = gi > max ? gi : max;
                mean += gi;
            }
            mean /= n;
            spread = galvanostatic ? max - min : Math.max(max - fixedPotential, fixedPotential - min);
            if (spread <= tolerance) {
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
            double yy = 0;
            for (int i = 0; i < n; i++) {
                double yi = target - g[i];
                y[i] = yi;
                yy += yi * yi;
                step[i] = 0.0;
            }
            java.util.Arrays.fill(stepPotential, 0.0);
            // The Newton check is on the spread (largest deviation) of g, and after the step g - E is
            // the CG residual -r up to the law's curvature over the step: so CG may also stop once r's
            // spread is within half the Newton tolerance, leaving the other half to the curvature.
            // The Euclidean bound is the inexact-Newton forcing term, never finer than a tenth of the
            // tolerance (finer digits would be thrown away).
            double linearTolerance = Math.max(inner * Math.sqrt(yy), 0.1 * tolerance);
            cg += operator.solve(y, step, stepPotential, galvanostatic, linearTolerance, SPREAD_SHARE * tolerance,
                    settings.maxIterations());
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
            // The accepted trial evaluated the law at exactly this j (same j + t dj): take it over.
            double[] swap = eta;
            eta = etaTrial;
            etaTrial = swap;
            swap = psi;
            psi = psiTrial;
            psiTrial = swap;
            System.arraycopy(slopeTrial, 0, diagonal, 0, n);
        }
        throw new SolverException("current solver: Newton did not converge in " + settings.maxNewtonIterations()
                + " steps on " + n + " active pixels (potential residual " + spread + " V, needed "
                + settings.potentialToleranceVolts() + " V)");
    }

    /**
     * Backtracking on Psi(j + t dj) - E 1^T (j + t dj); G(j + t dj) = phi + t G dj, so each trial
     * costs no FFT. A rounding allowance keeps full steps near the solution, where Psi is flat.
     * Returns the step taken, whose law values are left in the trial arrays (the smallest trial
     * when none passes, which happens only at rounding level).
     */
    private double lineSearch(Kinetics kinetics, double[] contact, int n, double[] j, double potential) {
        double slope = 0;
        double base = 0;
        for (int i = 0; i < n; i++) {
            slope += (g[i] - potential) * step[i];
            base += 0.5 * j[i] * phi[i] + psi[i] - potential * j[i];
        }
        double allowance = 1e-13 * Math.abs(base);
        double t = 1.0;
        for (int k = 0; k < 40; k++) {
            double trial = merit(kinetics, contact, n, j, t, potential);
            if (trial <= base + 1e-4 * t * Math.min(slope, 0.0) + allowance || k == 39) {
                break;
            }
            t *= 0.5;
        }
        return t;
    }

    private double merit(Kinetics kinetics, double[] contact, int n, double[] j, double t, double potential) {
        for (int i = 0; i < n; i++) {
            jTrial[i] = j[i] + t * step[i];
        }
        kinetics.evaluate(jTrial, contact, n, etaTrial, slopeTrial, psiTrial);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ji = jTrial[i];
            sum += 0.5 * ji * (phi[i] + t * slabStep[i]) + psiTrial[i] - potential * ji;
        }
        return sum;
    }
}
