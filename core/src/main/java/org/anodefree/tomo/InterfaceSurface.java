package org.anodefree.tomo;

import java.util.Arrays;
import org.anodefree.InputException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * The current collector's surface as a low-order polynomial depth(u, v) over the map grid, in
 * voxels: a plane (order 1) or a quadratic (order 2), fitted by least squares to the Li bottom
 * surface and used to measure thickness along its local normal.
 *
 * <p>The polynomial is written in centred, scaled coordinates p = (u - centreU) / scale,
 * q = (v - centreV) / scale so that the quadratic terms stay well conditioned on large maps.
 *
 * @param order 1 for a plane, 2 for a quadratic surface
 * @param coefficients for order 1 {c0, cp, cq}; for order 2 also {cpp, cpq, cqq}
 * @param centreU map column of the origin of p
 * @param centreV map row of the origin of q
 * @param scale map pixels per unit of p and q
 * @param rmsResidualVoxels root-mean-square residual of the columns kept in the fit
 * @param columnsUsed columns that took part in the final fit
 */
public record InterfaceSurface(int order, double[] coefficients, double centreU, double centreV, double scale,
        double rmsResidualVoxels, long columnsUsed) {

    public InterfaceSurface {
        if (order != 1 && order != 2) {
            throw new InputException("surface order must be 1 (plane) or 2 (quadratic), got " + order);
        }
        if (coefficients.length != terms(order)) {
            throw new InputException("surface of order " + order + " needs " + terms(order) + " coefficients");
        }
        if (!(scale > 0)) {
            throw new InputException("surface scale must be positive, got " + scale);
        }
        coefficients = coefficients.clone();
    }

    /** The flat surface at a depth, for volumes with too few columns to fit. */
    public static InterfaceSurface flat(double depthVoxels) {
        return new InterfaceSurface(1, new double[] {depthVoxels, 0, 0}, 0, 0, 1, 0, 0);
    }

    static int terms(int order) {
        return order == 1 ? 3 : 6;
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** Depth of the surface at map column u, row v, voxels. */
    public double depthAt(double u, double v) {
        return depthAtScaled((u - centreU) / scale, (v - centreV) / scale);
    }

    /** {@link #depthAt} in the centred, scaled coordinates p, q (callers looping over a grid compute them once a row or column). */
    double depthAtScaled(double p, double q) {
        double d = coefficients[0] + coefficients[1] * p + coefficients[2] * q;
        if (order == 2) {
            d += coefficients[3] * p * p + coefficients[4] * p * q + coefficients[5] * q * q;
        }
        return d;
    }

    /** p of map column u: (u - centreU) / scale. */
    double scaledU(int u) {
        return (u - centreU) / scale;
    }

    /** q of map row v: (v - centreV) / scale. */
    double scaledV(int v) {
        return (v - centreV) / scale;
    }

    /**
     * Cosine of the angle between the surface normal and the thickness axis at (u, v): a layer of
     * normal thickness t spans t / cos voxels along the axis.
     */
    public double cosineAt(double u, double v) {
        return cosineAtScaled((u - centreU) / scale, (v - centreV) / scale);
    }

    /** {@link #cosineAt} in scaled coordinates (for a plane the same for every p, q). */
    double cosineAtScaled(double p, double q) {
        double gu = coefficients[1];
        double gv = coefficients[2];
        if (order == 2) {
            gu += 2 * coefficients[3] * p + coefficients[4] * q;
            gv += coefficients[4] * p + 2 * coefficients[5] * q;
        }
        gu /= scale;
        gv /= scale;
        return 1.0 / Math.sqrt(1.0 + gu * gu + gv * gv);
    }

    /** Tilt of the surface from the map plane at (u, v), degrees. */
    public double tiltDegreesAt(double u, double v) {
        return Math.toDegrees(Math.acos(cosineAt(u, v)));
    }

    /**
     * Robust least-squares fit to the depths of the columns that have one: an ordinary fit, then
     * refits without columns further than max(3 x 1.4826 x MAD, 1.5) voxels from the surface
     * (specks under the layer, debris above a hole). Each fit accumulates the normal equations in
     * centred, scaled coordinates (well conditioned: the regressors are of order 1 on a symmetric
     * grid) and solves them with Hipparchus' SVD, which also copes with rank-deficient grids such
     * as a single row of columns.
     *
     * @param depth per map pixel (row-major, width x height), the Li bottom depth in voxels
     * @param valid whether the pixel has a depth
     */
    public static InterfaceSurface fit(int order, int[] depth, boolean[] valid, int width, int height) {
        int terms = terms(order);
        boolean[] use = valid.clone();
        float[] residual = new float[depth.length];
        double[] x = new double[terms];
        double cu = (width - 1) / 2.0;
        double cv = (height - 1) / 2.0;
        double scale = Math.max(1.0, Math.max(width, height) / 2.0);
        double reference = mean(depth, valid);
        // p of each map column and q of each row, computed once: the loops below visit every column
        // up to four times per round, and these are the same doubles depthAt would compute.
        double[] ps = new double[width];
        for (int u = 0; u < width; u++) {
            ps[u] = (u - cu) / scale;
        }
        InterfaceSurface surface = null;
        for (int round = 0; round < 4; round++) {
            double[][] ata = new double[terms][terms];
            double[] aty = new double[terms];
            long used = order == 1 ? planeNormalEquations(depth, use, width, height, ps, cv, scale, reference, ata, aty)
                    : 0;
            for (int v = 0; v < height && order != 1; v++) {
                double q = (v - cv) / scale;
                for (int u = 0; u < width; u++) {
                    int i = v * width + u;
                    if (use[i]) {
                        regressors(order, ps[u], q, x);
                        double y = depth[i] - reference;
                        for (int j = 0; j < terms; j++) {
                            aty[j] += x[j] * y;
                            for (int k = j; k < terms; k++) {
                                ata[j][k] += x[j] * x[k];
                            }
                        }
                        used++;
                    }
                }
            }
            if (used < terms) {
                return surface != null ? surface : flat(reference);
            }
            for (int j = 0; j < terms; j++) {
                for (int k = 0; k < j; k++) {
                    ata[j][k] = ata[k][j];
                }
            }
            double[] c = new SingularValueDecomposition(new Array2DRowRealMatrix(ata, false)).getSolver()
                    .solve(new ArrayRealVector(aty, false)).toArray();
            c[0] += reference;
            InterfaceSurface trial = new InterfaceSurface(order, c, cu, cv, scale, 0, used);
            int n = 0;
            double ss = 0;
            for (int v = 0; v < height; v++) {
                double q = trial.scaledV(v);
                for (int u = 0; u < width; u++) {
                    int i = v * width + u;
                    if (use[i]) {
                        double r = depth[i] - trial.depthAtScaled(ps[u], q);
                        residual[n++] = (float) Math.abs(r);
                        ss += r * r;
                    }
                }
            }
            surface = new InterfaceSurface(order, c, cu, cv, scale, Math.sqrt(ss / used), used);
            double cut = Math.max(3 * 1.4826 * MedianFilter.select(residual, n, n / 2), 1.5);
            boolean changed = false;
            for (int v = 0; v < height; v++) {
                double q = surface.scaledV(v);
                for (int u = 0; u < width; u++) {
                    int i = v * width + u;
                    boolean keep = valid[i] && Math.abs(depth[i] - surface.depthAtScaled(ps[u], q)) <= cut;
                    changed |= keep != use[i];
                    use[i] = keep;
                }
            }
            if (!changed) {
                break;
            }
        }
        return surface;
    }

    /**
     * The upper triangle of A^T A and A^T y for a plane (regressors 1, p, q), summed in locals that
     * stay in registers; the same sums, term by term and in the same order, as the general loop
     * (x[0] = 1 makes 1 * p exactly p), so the fit is bit for bit the same. Returns the columns used.
     */
    private static long planeNormalEquations(int[] depth, boolean[] use, int width, int height, double[] ps,
            double cv, double scale, double reference, double[][] ata, double[] aty) {
        double s00 = 0;
        double s01 = 0;
        double s02 = 0;
        double s11 = 0;
        double s12 = 0;
        double s22 = 0;
        double t0 = 0;
        double t1 = 0;
        double t2 = 0;
        long used = 0;
        for (int v = 0; v < height; v++) {
            double q = (v - cv) / scale;
            int row = v * width;
            for (int u = 0; u < width; u++) {
                if (use[row + u]) {
                    double p = ps[u];
                    double y = depth[row + u] - reference;
                    t0 += y;
                    s00 += 1.0;
                    s01 += p;
                    s02 += q;
                    t1 += p * y;
                    s11 += p * p;
                    s12 += p * q;
                    t2 += q * y;
                    s22 += q * q;
                    used++;
                }
            }
        }
        ata[0][0] = s00;
        ata[0][1] = s01;
        ata[0][2] = s02;
        ata[1][1] = s11;
        ata[1][2] = s12;
        ata[2][2] = s22;
        aty[0] = t0;
        aty[1] = t1;
        aty[2] = t2;
        return used;
    }

    private static void regressors(int order, double p, double q, double[] x) {
        x[0] = 1;
        x[1] = p;
        x[2] = q;
        if (order == 2) {
            x[3] = p * p;
            x[4] = p * q;
            x[5] = q * q;
        }
    }

    private static double mean(int[] depth, boolean[] valid) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < depth.length; i++) {
            if (valid[i]) {
                s += depth[i];
                n++;
            }
        }
        return n == 0 ? 0 : s / n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InterfaceSurface s && s.order == order && Arrays.equals(s.coefficients, coefficients)
                && s.centreU == centreU && s.centreV == centreV && s.scale == scale
                && s.rmsResidualVoxels == rmsResidualVoxels && s.columnsUsed == columnsUsed;
    }

    @Override
    public int hashCode() {
        return 31 * order + Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        return "InterfaceSurface[order " + order + ", " + Arrays.toString(coefficients) + "]";
    }
}
