package org.anodefree.current;

import org.anodefree.InputException;
import org.anodefree.SolverException;

/**
 * Solves for the current distribution over a partly active anode interface coupled through the
 * electrolyte slab.
 *
 * <p><b>Formulation.</b> Let j be the local current density (positive anodic) on the pixels, phi
 * the electrolyte potential at the interface and E the electrode potential, both against the
 * counter electrode. The slab gives phi = G j with G the {@link SlabOperator} (symmetric positive
 * definite on the periodic grid). Inactive pixels carry j = 0. On the active set A the kinetics
 * require E - phi_i = eta_i(j_i), i.e.
 * <pre>  G_AA j_A + eta(j_A) = E 1,   and either  h^2 1^T j_A = I (galvanostatic)  or  E given.</pre>
 * These are the optimality conditions of the strictly convex problem
 * min Psi(j) = 1/2 j^T G_AA j + sum_i int_0^{j_i} eta_i, subject to h^2 1^T j = I, with E its
 * Lagrange multiplier (potentiostatic: minimise Psi - E 1^T j, unconstrained), so the solution is
 * unique.
 *
 * <p><b>Butler-Volmer</b> (or any increasing law): Newton on the optimality conditions. With
 * D = diag(d eta / d j) and g = G_AA j + eta(j), a galvanostatic step solves (G_AA + D) dj = dE - g
 * with 1^T dj = 0 by CG projected onto zero-sum vectors (one solve; dE, the change of E, is what the
 * projection leaves), from a start that carries exactly the applied current, so every iterate does;
 * a potentiostatic step solves (G_AA + D) dj = E - g. The CG tolerance follows the Newton residual
 * (inexact Newton), and a backtracking (Armijo) line search on Psi keeps the iteration globally
 * convergent.
 *
 * <p><b>Linear kinetics, galvanostatic</b> is solved the same way in one projected CG for j itself
 * (the total current is then exact to rounding whatever the CG tolerance, with no penalty term);
 * potentiostatic, as (G_AA + R) u = 1 with j = E u.
 *
 * <p>A previous {@link CurrentDistribution} on the same grid warm-starts either path: its current,
 * scaled to the new total, and, when no pixel that carried current has gone inactive (and the
 * electrode is periodic), its potential, scaled alike, which then costs no transform. CG carries
 * G x through its iterations, so the returned potential costs none either. An instance
 * owns its FFT plan and work buffers for one geometry (grid, pixel size, slab, padding) and is
 * reused across solves; it is not thread-safe.
 */
public final class CurrentSolver {

    /**
     * Convergence settings.
     *
     * @param relativeTolerance CG stop: residual norm over right-hand-side norm
     * @param potentialToleranceVolts Newton stop: spread of E - phi - eta over active pixels, V
     * @param maxIterations CG iterations allowed per linear solve
     * @param maxNewtonIterations Newton steps allowed
     */
    public record Settings(double relativeTolerance, double potentialToleranceVolts, int maxIterations,
            int maxNewtonIterations) {
        public Settings {
            if (!(relativeTolerance > 0 && relativeTolerance < 1) || !(potentialToleranceVolts > 0)
                    || maxIterations < 1 || maxNewtonIterations < 1) {
                throw new InputException("current solver settings: tolerances must be in (0, 1) and > 0 V, iteration "
                        + "limits >= 1; got " + relativeTolerance + ", " + potentialToleranceVolts + " V, "
                        + maxIterations + ", " + maxNewtonIterations);
            }
        }

        /** Tight defaults: 1e-10 relative CG residual, 1e-10 V, 10000 CG and 50 Newton iterations. */
        public static Settings defaults() {
            return new Settings(1e-10, 1e-10, 10_000, 50);
        }
    }

    /**
     * Warm starts in a row that may reuse the carried potential before one is made afresh by a
     * transform: rounding in the carried G x grows by about 1e-16 per CG step, so this bounds it
     * far below any tolerance at the cost of one pair per 100 solves.
     */
    static final int MAX_CARRIED_SOLVES = 100;

    private final int width;
    private final int height;
    private final double pixelSizeMeters;
    private final Electrolyte electrolyte;
    private final int paddingFactor;
    private final int domainColumns;
    private final Settings settings;
    private final SlabOperator slab;
    private final ActiveSetOperator operator;
    private final NewtonIteration newton;
    private final int[] active;
    /** Electrode-grid index of each active pixel (active holds its domain index). */
    private final int[] electrodeIndex;
    private final double[] diagonal;
    private final double[] contact;
    private final double[] x;
    private final double[] rhs;
    private final double[] domain;

    /** A solver for problems with the geometry of {@code geometry} (grid, pixel size, slab, padding). */
    public CurrentSolver(CurrentProblem geometry) {
        this(geometry, Settings.defaults());
    }

    public CurrentSolver(CurrentProblem geometry, Settings settings) {
        this.width = geometry.width();
        this.height = geometry.height();
        this.pixelSizeMeters = geometry.pixelSizeMeters();
        this.electrolyte = geometry.electrolyte();
        this.paddingFactor = geometry.paddingFactor();
        this.settings = settings;
        int rows = paddingFactor == 1 ? height : powerOfTwoAtLeast(height * paddingFactor);
        this.domainColumns = paddingFactor == 1 ? width : powerOfTwoAtLeast(width * paddingFactor);
        this.slab = new SlabOperator(rows, domainColumns, pixelSizeMeters, electrolyte);
        int pixels = width * height;
        this.operator = new ActiveSetOperator(slab, pixels, CoarseShiftedInverse.applicable(rows, domainColumns)
                ? new CoarseShiftedInverse(rows, domainColumns, pixelSizeMeters, electrolyte) : null);
        this.newton = new NewtonIteration(operator, pixels, settings);
        this.active = new int[pixels];
        this.electrodeIndex = new int[pixels];
        this.diagonal = new double[pixels];
        this.contact = new double[pixels];
        this.x = new double[pixels];
        this.rhs = new double[pixels];
        this.domain = new double[rows * domainColumns];
    }

    private static int powerOfTwoAtLeast(int n) {
        return Integer.highestOneBit(n - 1) << 1;
    }

    /** One-call solve, cold start. */
    public static CurrentDistribution solve(CurrentProblem problem) {
        return new CurrentSolver(problem).solve(problem, null);
    }

    /**
     * Solves {@code problem}, starting from {@code warmStart} when it is not null.
     *
     * @throws InputException when the problem's geometry differs from this solver's
     * @throws SolverException when an iteration does not converge
     */
    public CurrentDistribution solve(CurrentProblem problem, CurrentDistribution warmStart) {
        checkGeometry(problem);
        if (warmStart != null && (warmStart.width() != width || warmStart.height() != height)) {
            throw new InputException("current solver: warm start is " + warmStart.width() + " x " + warmStart.height()
                    + ", problem is " + width + " x " + height);
        }
        int n = 0;
        boolean potentialKnown = warmStart != null && paddingFactor == 1 && warmStart.carriedSolves() < MAX_CARRIED_SOLVES
                && warmStart.pixelSizeMeters() == pixelSizeMeters && warmStart.electrolyte().equals(electrolyte);
        double[] contactField = problem.contactView();
        double[] previousField = warmStart == null ? new double[0] : warmStart.currentDensityView();
        boolean stranded = false;
        // Compaction without a branch per pixel (island edges would make it mispredict): every pixel
        // is written at slot n, and n moves on only past an active one.
        for (int row = 0, i = 0; row < height; row++) {
            for (int col = 0; col < width; col++, i++) {
                double c = contactField[i];
                double previous = warmStart == null ? 0.0 : previousField[i];
                boolean on = c > 0;
                active[n] = row * domainColumns + col;
                electrodeIndex[n] = i;
                contact[n] = c;
                x[n] = previous;
                n += on ? 1 : 0;
                // Current that now has nowhere to go: the previous potential is no longer that of the start.
                stranded |= !on & previous != 0;
            }
        }
        potentialKnown &= !stranded;
        double h2 = pixelSizeMeters * pixelSizeMeters;
        boolean galvanostatic = problem.control() instanceof Control.Galvanostatic;
        double targetSum = galvanostatic
                ? ((Control.Galvanostatic) problem.control()).currentDensityAmpsPerM2() * problem.electrodeAreaM2() / h2
                : Double.NaN;
        double fixedPotential = galvanostatic ? Double.NaN
                : ((Control.Potentiostatic) problem.control()).electrodePotentialVolts();
        Kinetics kinetics = problem.kinetics();
        boolean linear = kinetics.isLinear();
        // The start: the previous distribution scaled (linear potentiostatic: to u = j / E; galvanostatic:
        // to carry exactly the applied current), its potential scaled alike when it is still G x.
        double startScale = warmStart == null ? 0.0 : 1.0;
        if (warmStart != null && linear && !galvanostatic) {
            double e = warmStart.electrodePotentialVolts();
            startScale = e != 0 && Double.isFinite(e) ? 1.0 / e : 0.0;
        } else if (galvanostatic) {
            startScale = feasibleScale(n, targetSum, linear);
        }
        if (Double.isNaN(startScale)) {
            java.util.Arrays.fill(x, 0, n, targetSum / n);
        } else {
            for (int i = 0; i < n; i++) {
                x[i] *= startScale;
            }
        }
        if (startScale == 0.0) {
            java.util.Arrays.fill(domain, 0.0);
        } else if (potentialKnown && !Double.isNaN(startScale)) {
            double[] previousPotential = warmStart.interfacePotentialView();
            for (int i = 0; i < previousPotential.length; i++) {
                domain[i] = startScale * previousPotential[i];
            }
        } else {
            operator.configure(active, n, diagonal);
            operator.slabPotential(x, domain);
        }
        int carried = potentialKnown && !Double.isNaN(startScale) && startScale != 0.0 ? warmStart.carriedSolves() + 1 : 0;
        double electrode;
        int cgIterations;
        int newtonIterations = 0;
        if (linear) {
            for (int i = 0; i < n; i++) {
                diagonal[i] = kinetics.differentialResistanceOhmM2(0.0, 0.0, contact[i]);
            }
            operator.configure(active, n, diagonal);
            operator.diagonalChanged();
            double tolerance;
            if (galvanostatic) {
                // j itself, along zero-sum vectors from a start that carries the applied current: the
                // total is exact whatever the tolerance; E is the common potential that is left.
                java.util.Arrays.fill(rhs, 0, n, 0.0);
                tolerance = settings.relativeTolerance() * Math.abs(meanPotential(n)) * Math.sqrt(n);
            } else {
                // u = j / E with (G_AA + R) u = 1, then j = E u.
                java.util.Arrays.fill(rhs, 0, n, 1.0);
                tolerance = settings.relativeTolerance() * Math.sqrt(n);
            }
            cgIterations = operator.solve(rhs, x, domain, galvanostatic, tolerance, settings.maxIterations());
            if (galvanostatic) {
                electrode = meanPotential(n);
            } else {
                electrode = fixedPotential;
                for (int i = 0; i < n; i++) {
                    x[i] *= electrode;
                }
                for (int k = 0; k < domain.length; k++) {
                    domain[k] *= electrode;
                }
            }
        } else {
            NewtonIteration.Outcome out = newton.solve(kinetics, active, contact, n, x, domain, diagonal,
                    galvanostatic, fixedPotential);
            electrode = out.electrodePotentialVolts();
            cgIterations = out.cgIterations();
            newtonIterations = out.newtonIterations();
        }
        double[] j = new double[width * height];
        double[] phi = new double[width * height];
        for (int r = 0; r < height; r++) {
            System.arraycopy(domain, r * domainColumns, phi, r * width, width);
        }
        for (int i = 0; i < n; i++) {
            j[electrodeIndex[i]] = x[i];
        }
        return new CurrentDistribution(width, height, pixelSizeMeters, j, phi, problem, electrode,
                electrolyte, cgIterations, newtonIterations, carried);
    }

    /** Mean over active pixels of G x + D x: the electrode potential of a linear galvanostatic iterate. */
    private double meanPotential(int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += domain[active[i]] + diagonal[i] * x[i];
        }
        return sum / n;
    }

    /**
     * The factor that makes the start x carry exactly {@code targetSum}, or NaN for the uniform start.
     * A linear solution is proportional to the current, so any sign will do; for a nonlinear law
     * a start of the opposite sign is worse than a uniform one.
     */
    private double feasibleScale(int n, double targetSum, boolean linear) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
        }
        boolean usable = targetSum != 0 && sum != 0 && Double.isFinite(sum)
                && (linear || Math.signum(sum) == Math.signum(targetSum));
        return usable ? targetSum / sum : Double.NaN;
    }

    /** Full-grid FFT pairs (forward + inverse) this solver has done since it was made: the cost of its solves. */
    public long transformPairs() {
        return slab.transformPairs();
    }

    /** FFT pairs on the half-resolution grid of the two-grid preconditioner, a quarter of the work each. */
    public long coarseTransformPairs() {
        return operator.coarseTransformPairs();
    }

    private void checkGeometry(CurrentProblem p) {
        if (p.width() != width || p.height() != height || p.pixelSizeMeters() != pixelSizeMeters
                || !p.electrolyte().equals(electrolyte) || p.paddingFactor() != paddingFactor) {
            throw new InputException("current solver: problem geometry " + p.width() + " x " + p.height() + " at "
                    + p.pixelSizeMeters() + " m, " + p.electrolyte() + ", padding " + p.paddingFactor()
                    + " differs from this solver's " + width + " x " + height + " at " + pixelSizeMeters + " m, "
                    + electrolyte + ", padding " + paddingFactor + "; make a new solver");
        }
    }
}
