package org.anodefree.current;

import java.util.Arrays;
import org.anodefree.SolverException;

/**
 * The coupled operator restricted to the active pixels, A = G_AA + D (slab response between active
 * pixels plus a diagonal kinetic resistance), and preconditioned conjugate gradients on it.
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
 * Work vectors are sized once for the largest possible active set.
 */
final class ActiveSetOperator {
    private final SlabOperator slab;
    private final double[] domain;
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

    ActiveSetOperator(SlabOperator slab, int maxActive) {
        this.slab = slab;
        this.domain = new double[slab.rows() * slab.columns()];
        this.r = new double[maxActive];
        this.z = new double[maxActive];
        this.p = new double[maxActive];
        this.q = new double[maxActive];
        this.scale = new double[maxActive];
        this.self = slab.selfResponseOhmM2();
    }

    /** Sets the active pixels (domain indices, first {@code n}) and the array holding their resistances D. */
    void configure(int[] activeDomainIndex, int n, double[] diagonalOhmM2) {
        this.active = activeDomainIndex;
        this.count = n;
        this.diagonal = diagonalOhmM2;
        diagonalChanged();
    }

    /** Call after changing the values in the diagonal array: updates the preconditioner's shift. */
    void diagonalChanged() {
        double sum = 0;
        int n = count;
        for (int i = 0; i < n; i++) {
            sum += diagonal[i];
        }
        this.shift = sum / n;
        for (int i = 0; i < n; i++) {
            scale[i] = Math.sqrt((shift + self) / (diagonal[i] + self));
        }
    }

    /** out = G_AA x (without D), for potentials at active pixels. */
    void slabOnly(double[] x, double[] out) {
        Arrays.fill(domain, 0.0);
        for (int i = 0; i < count; i++) {
            domain[active[i]] = x[i];
        }
        slab.apply(domain, domain);
        for (int i = 0; i < count; i++) {
            out[i] = domain[active[i]];
        }
    }

    /** out = (G_AA + D) x. */
    void multiply(double[] x, double[] out) {
        slabOnly(x, out);
        for (int i = 0; i < count; i++) {
            out[i] += diagonal[i] * x[i];
        }
    }

    private void precondition(double[] in, double[] out) {
        Arrays.fill(domain, 0.0);
        for (int i = 0; i < count; i++) {
            domain[active[i]] = scale[i] * in[i];
        }
        slab.applyShiftedInverse(domain, shift, domain);
        for (int i = 0; i < count; i++) {
            out[i] = scale[i] * domain[active[i]];
        }
    }

    /**
     * Solves (G_AA + D) x = b by preconditioned conjugate gradients (Hestenes and Stiefel, J. Res.
     * Natl. Bur. Stand. 49 (1952) 409), starting from the given x, until the residual norm is at
     * most {@code relativeTolerance} times the norm of b.
     *
     * @return the number of iterations
     */
    int solve(double[] b, double[] x, double relativeTolerance, int maxIterations) {
        int n = count;
        double bNorm = Math.sqrt(dot(b, b, n));
        if (bNorm == 0) {
            Arrays.fill(x, 0, n, 0.0);
            return 0;
        }
        boolean zeroStart = true;
        for (int i = 0; i < n && zeroStart; i++) {
            zeroStart = x[i] == 0.0;
        }
        if (zeroStart) {
            System.arraycopy(b, 0, r, 0, n); // saves an FFT pair on cold starts
        } else {
            multiply(x, q);
            for (int i = 0; i < n; i++) {
                r[i] = b[i] - q[i];
            }
        }
        double target = relativeTolerance * bNorm;
        double rNorm = Math.sqrt(dot(r, r, n));
        if (rNorm <= target) {
            return 0;
        }
        precondition(r, z);
        System.arraycopy(z, 0, p, 0, n);
        double rz = dot(r, z, n);
        for (int it = 1; it <= maxIterations; it++) {
            multiply(p, q);
            double alpha = rz / dot(p, q, n);
            for (int i = 0; i < n; i++) {
                x[i] += alpha * p[i];
                r[i] -= alpha * q[i];
            }
            rNorm = Math.sqrt(dot(r, r, n));
            if (rNorm <= target) {
                return it;
            }
            precondition(r, z);
            double rzNext = dot(r, z, n);
            double beta = rzNext / rz;
            rz = rzNext;
            for (int i = 0; i < n; i++) {
                p[i] = z[i] + beta * p[i];
            }
        }
        throw new SolverException("current solver: conjugate gradients did not converge in " + maxIterations
                + " iterations on " + n + " active pixels (relative residual " + rNorm / bNorm + ", needed "
                + relativeTolerance + ")");
    }

    private static double dot(double[] a, double[] b, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
