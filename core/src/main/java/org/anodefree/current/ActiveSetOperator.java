package org.anodefree.current;

import java.util.Arrays;
import org.anodefree.SolverException;

/**
 * The coupled operator restricted to the active pixels, A = G_AA + D (slab response between active
 * pixels plus a diagonal kinetic resistance), and preconditioned conjugate gradients on it, plain or
 * projected onto zero-sum vectors (the galvanostatic constraint).
 *
 * <p>A is symmetric positive definite: G is (its Fourier symbol is positive), a principal
 * submatrix of an SPD matrix is SPD, and D >= 0. The preconditioner is the restriction to the
 * active set of (G + d I)^{-1} with d the mean of D, applied in Fourier space; it is the
 * FFT-based preconditioner that Vollebregt uses for the same active-set structure in elastic
 * contact (J. Comput. Phys. 257 (2014) 333-351), where the load constraint also mirrors our total
 * current. Because D varies from pixel to pixel (contact fraction, Butler-Volmer slope) and one
 * Fourier multiplier cannot follow it, the preconditioner is scaled on both sides by
 * s_i = sqrt((d + g) / (D_i + g)), g = G_ii: s = 1 for uniform D, and where kinetics dominate
 * (G + d)^{-1} is near 1 / (d + g), so the scaled preconditioner is near the Jacobi 1 / (D_i + g).
 *
 * <p>Where kinetics dominate the slab's lateral response (D_i large against the spread of G's
 * symbol) plain Jacobi scaling, 1 / (D_i + G_ii), already makes the zero-sum operator well
 * conditioned, and costs no transform: {@link #diagonalChanged} estimates that condition number and
 * takes Jacobi when it is small (see {@link #JACOBI_MAX_CONDITION}). In between, when D is large
 * against the slab's short-wavelength response but not against its long-wavelength one, the
 * Fourier preconditioner is applied on a grid twice as coarse ({@link CoarseShiftedInverse}): a
 * quarter of a transform pair instead of one, for about the same number of iterations.
 *
 * <p>Every solve also carries the slab potential of its iterate on the whole periodic domain,
 * G x, updated from the G p that each iteration's product computes anyway: the caller then gets the
 * potential of the answer (inactive pixels included) without another transform, and a warm start
 * whose potential is known costs no transform either. Work vectors are sized once for the largest
 * possible active set and the domain.
 */
final class ActiveSetOperator {
    private final SlabOperator slab;
    /** G p on the whole domain after {@link #multiply}; the preconditioner has its own buffer. */
    private final double[] product;
    private final double[] preconditioned;
    private final double[] r;
    private final double[] z;
    private final double[] p;
    private final double[] q;
    private int[] active = new int[0];
    private int count;
    private double[] diagonal;
    private double shift;
    private final double self;
    private final double[] scale;
    /** G's smallest response and its largest to a non-uniform mode (bounds of x^T G x / x^T x, 1^T x = 0). */
    private final double shortest;
    private final double longest;
    /**
     * An estimate of the condition number of the zero-sum operator under Jacobi scaling (from
     * x^T (G + D) x between sum (G_min + D_i) x_i^2 and sum (G_max' + D_i) x_i^2), and the choice it makes.
     */
    private double jacobiCondition;
    private boolean jacobi;
    /** The two-grid stand-in for the Fourier preconditioner (null when the grid is odd), and whether it suits D. */
    private final CoarseShiftedInverse coarse;
    private boolean coarseSuits;
    /**
     * Jacobi (1 / (D_i + G_ii), no transform) instead of the full-grid Fourier preconditioner when
     * the estimate is at most this: CG then gains about a factor (sqrt 2 + 1) / (sqrt 2 - 1) ~ 5.8 or
     * more per transform pair, about as much as the Fourier preconditioner's factor of 20 to 50 per
     * iteration of two pairs. It holds where kinetics dominate the slab's lateral response.
     */
    static final double JACOBI_MAX_CONDITION = 2.0;
    /** The same against the two-grid preconditioner (about 20 per iteration of 1.25 pairs): 1.44 gives 0.09 per pair. */
    static final double JACOBI_MAX_CONDITION_TWO_GRID = 1.44;

    ActiveSetOperator(SlabOperator slab, int maxActive, CoarseShiftedInverse coarse) {
        this.coarse = coarse;
        this.slab = slab;
        this.product = new double[slab.rows() * slab.columns()];
        this.preconditioned = new double[slab.rows() * slab.columns()];
        this.r = new double[maxActive];
        this.z = new double[maxActive];
        this.p = new double[maxActive];
        this.q = new double[maxActive];
        this.scale = new double[maxActive];
        this.self = slab.selfResponseOhmM2();
        this.shortest = slab.minResponseOhmM2();
        this.longest = slab.maxLateralResponseOhmM2();
    }

    /** Coarse-grid transform pairs (a quarter of a pair's work each). */
    long coarseTransformPairs() {
        return coarse == null ? 0 : coarse.transformPairs();
    }

    /** Pixels of the whole (padded) periodic domain. */
    int domainSize() {
        return product.length;
    }

    /**
     * Sets the active pixels (domain indices, first {@code n}) and the array holding their
     * resistances D; call {@link #diagonalChanged} once D holds its values, before {@link #solve}.
     */
    void configure(int[] activeDomainIndex, int n, double[] diagonalOhmM2) {
        this.active = activeDomainIndex;
        this.count = n;
        this.diagonal = diagonalOhmM2;
    }

    /**
     * Call after changing the values in the diagonal array: updates the preconditioner's shift and
     * choice. One pass for the mean and the smallest D: both bounds of the Jacobi estimate,
     * (D_i + G_min) / (D_i + G_ii) rising and (D_i + G_max') / (D_i + G_ii) falling with D_i, take
     * their extremes at the smallest D. The Fourier scaling is made only when that path is taken.
     */
    void diagonalChanged() {
        double sum = 0;
        double smallest = Double.POSITIVE_INFINITY;
        int n = count;
        for (int i = 0; i < n; i++) {
            double d = diagonal[i];
            sum += d;
            smallest = Math.min(smallest, d);
        }
        this.shift = sum / n;
        double low = (smallest + shortest) / (smallest + self);
        double high = (smallest + longest) / (smallest + self);
        jacobiCondition = high / low;
        coarseSuits = coarse != null && coarse.suits(shift);
        jacobi = jacobiCondition <= (coarseSuits ? JACOBI_MAX_CONDITION_TWO_GRID : JACOBI_MAX_CONDITION);
        if (!jacobi) {
            double top = shift + self;
            for (int i = 0; i < n; i++) {
                scale[i] = Math.sqrt(top / (diagonal[i] + self));
            }
        }
    }

    /** potential = G x on the whole domain, for x given on the active pixels: one transform pair. */
    void slabPotential(double[] x, double[] potential) {
        Arrays.fill(potential, 0.0);
        for (int i = 0; i < count; i++) {
            potential[active[i]] = x[i];
        }
        slab.apply(potential, potential);
    }

    /** out = (G_AA + D) x, returning x.out; leaves G x on the whole domain in {@link #product}. */
    private double multiply(double[] x, double[] out) {
        Arrays.fill(product, 0.0);
        for (int i = 0; i < count; i++) {
            product[active[i]] = x[i];
        }
        slab.apply(product, product);
        double xOut = 0;
        for (int i = 0; i < count; i++) {
            out[i] = product[active[i]] + diagonal[i] * x[i];
            xOut += x[i] * out[i];
        }
        return xOut;
    }

    /** out = M in, before projection (the caller projects as it uses it, saving passes). */
    private void precondition(double[] in, double[] out) {
        if (jacobi) {
            for (int i = 0; i < count; i++) {
                out[i] = in[i] / (diagonal[i] + self);
            }
            return;
        }
        Arrays.fill(preconditioned, 0.0);
        for (int i = 0; i < count; i++) {
            preconditioned[active[i]] = scale[i] * in[i];
        }
        if (coarseSuits) {
            coarse.apply(preconditioned, shift);
        } else {
            slab.applyShiftedInverse(preconditioned, shift, preconditioned);
        }
        for (int i = 0; i < count; i++) {
            out[i] = scale[i] * preconditioned[active[i]];
        }
    }

    /**
     * Solves (G_AA + D) x = b by preconditioned conjugate gradients (Hestenes and Stiefel, J. Res.
     * Natl. Bur. Stand. 49 (1952) 409) from the given x, whose slab potential on the whole domain
     * {@code potential} = G x the caller supplies and gets back updated, until the residual norm is
     * at most {@code tolerance} (absolute).
     *
     * <p>With {@code project}, x moves only along zero-sum vectors (1^T x keeps its value exactly,
     * up to rounding) and the equations hold up to a common constant, which is the Lagrange
     * multiplier of the constraint: CG on the operator compressed to the zero-sum subspace, P A P
     * with P = I - 1 1^T / n, preconditioned by P M P (Gould, Hribar and Nocedal, SIAM J. Sci.
     * Comput. 23 (2001) 1376). Besides saving the second solve that a multiplier would otherwise
     * need, P removes the slab's stiffest direction, the uniform mode whose response L / sigma
     * dwarfs the lateral ones.
     *
     * @param b right-hand side on the active pixels (not changed)
     * @param spreadTolerance also stop once the residual's spread (projected: largest minus smallest
     *     entry, the equations holding up to a common constant; else the largest magnitude) is at most
     *     this; 0 for the Euclidean test alone
     * @return the number of iterations
     */
    int solve(double[] b, double[] x, double[] potential, boolean project, double tolerance, double spreadTolerance,
            int maxIterations) {
        int n = count;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ri = b[i] - potential[active[i]] - diagonal[i] * x[i];
            r[i] = ri;
            sum += ri;
        }
        double rNorm = removeMeanAndMeasure(n, project ? sum / n : 0.0, project, tolerance, spreadTolerance);
        if (rNorm < 0) {
            return 0;
        }
        double rz = searchDirection(n, project, 0.0);
        int domain = product.length;
        for (int it = 1; it <= maxIterations; it++) {
            double alpha = rz / multiply(p, q);
            sum = 0;
            for (int i = 0; i < n; i++) {
                x[i] += alpha * p[i];
                double ri = r[i] - alpha * q[i];
                r[i] = ri;
                sum += ri;
            }
            for (int k = 0; k < domain; k++) {
                potential[k] += alpha * product[k];
            }
            // Projected: keep rounding from leaking into the uniform mode.
            rNorm = removeMeanAndMeasure(n, project ? sum / n : 0.0, project, tolerance, spreadTolerance);
            if (rNorm < 0) {
                return it;
            }
            rz = searchDirection(n, project, rz);
        }
        throw new SolverException("current solver: conjugate gradients did not converge in " + maxIterations
                + " iterations on " + n + " active pixels (residual " + rNorm + ", needed " + tolerance + ")");
    }

    /** Solves to the Euclidean tolerance alone. */
    int solve(double[] b, double[] x, double[] potential, boolean project, double tolerance, int maxIterations) {
        return solve(b, x, potential, project, tolerance, 0.0, maxIterations);
    }

    /** r -= mean; returns the residual norm, or -1 when it or the spread meets its tolerance. */
    private double removeMeanAndMeasure(int n, double mean, boolean project, double tolerance, double spreadTolerance) {
        double rr = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        if (spreadTolerance > 0) {
            for (int i = 0; i < n; i++) {
                double ri = r[i] - mean;
                r[i] = ri;
                rr += ri * ri;
                min = ri < min ? ri : min;
                max = ri > max ? ri : max;
            }
        } else {
            for (int i = 0; i < n; i++) {
                double ri = r[i] - mean;
                r[i] = ri;
                rr += ri * ri;
            }
        }
        double norm = Math.sqrt(rr);
        double spread = project ? max - min : Math.max(max, -min);
        return norm <= tolerance || (spreadTolerance > 0 && spread <= spreadTolerance) ? -1 : norm;
    }

    /**
     * z = M r, then p = P z + beta p with beta = (r.z) / rzPrevious (p = P z when rzPrevious is 0);
     * returns r.z. P z.r = z.r because r already has zero sum when projected.
     */
    private double searchDirection(int n, boolean project, double rzPrevious) {
        precondition(r, z);
        double sum = 0;
        double rz = 0;
        for (int i = 0; i < n; i++) {
            sum += z[i];
            rz += r[i] * z[i];
        }
        double mean = project ? sum / n : 0.0;
        double beta = rzPrevious == 0 ? 0.0 : rz / rzPrevious;
        for (int i = 0; i < n; i++) {
            p[i] = (z[i] - mean) + beta * p[i];
        }
        return rz;
    }

    static double dot(double[] a, double[] b, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
