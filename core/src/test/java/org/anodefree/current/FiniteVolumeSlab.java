package org.anodefree.current;

import java.util.Arrays;

/**
 * An independent reference for the current solver: the same slab discretised as a 3D
 * finite-volume grid (cell-centred, 7-point, periodic laterally, Dirichlet phi = 0 at the counter
 * electrode), with linear kinetics coupling each surface cell to the electrode potential E, solved
 * by Jacobi-preconditioned CG on the matrix-free stencil. Potentiostatic only; small grids only.
 */
final class FiniteVolumeSlab {
    private final int nx;
    private final int ny;
    private final int nz;
    private final double sigma;
    private final double h;
    private final double dz;
    /** Conductance from the electrode node to each surface cell, S (0 where inactive). */
    private final double[] surface;

    FiniteVolumeSlab(int nx, int ny, int nz, double pixelSizeMeters, Electrolyte e, double[] chargeTransferOhmM2) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.sigma = e.conductivitySiemensPerMeter();
        this.h = pixelSizeMeters;
        this.dz = e.thicknessMeters() / nz;
        this.surface = new double[nx * ny];
        for (int i = 0; i < surface.length; i++) {
            double r = chargeTransferOhmM2[i];
            // Charge transfer in series with the half cell between the surface and the first centre.
            surface[i] = Double.isInfinite(r) ? 0 : h * h / (r + dz / (2 * sigma));
        }
    }

    /** Local current density at each surface pixel, A/m2, for electrode potential {@code e}. */
    double[] solve(double electrodePotentialVolts, double relativeTolerance) {
        int n = nx * ny * nz;
        double[] diag = new double[n];
        double[] b = new double[n];
        double gx = sigma * dz;
        double gz = sigma * h * h / dz;
        for (int k = 0; k < nz; k++) {
            for (int c = 0; c < nx * ny; c++) {
                int i = k * nx * ny + c;
                diag[i] = 4 * gx + (k > 0 ? gz : 0) + (k < nz - 1 ? gz : 2 * gz) + (k == 0 ? surface[c] : 0);
                b[i] = k == 0 ? surface[c] * electrodePotentialVolts : 0;
            }
        }
        double[] phi = new double[n];
        double[] r = b.clone();
        double[] z = new double[n];
        double[] p = new double[n];
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = r[i] / diag[i];
        }
        System.arraycopy(z, 0, p, 0, n);
        double rz = dot(r, z);
        double stop = relativeTolerance * Math.sqrt(dot(b, b));
        for (int it = 0; it < 100_000 && Math.sqrt(dot(r, r)) > stop; it++) {
            multiply(p, diag, gx, gz, q);
            double alpha = rz / dot(p, q);
            for (int i = 0; i < n; i++) {
                phi[i] += alpha * p[i];
                r[i] -= alpha * q[i];
                z[i] = r[i] / diag[i];
            }
            double next = dot(r, z);
            for (int i = 0; i < n; i++) {
                p[i] = z[i] + next / rz * p[i];
            }
            rz = next;
        }
        double[] j = new double[nx * ny];
        for (int c = 0; c < j.length; c++) {
            j[c] = surface[c] * (electrodePotentialVolts - phi[c]) / (h * h);
        }
        return j;
    }

    private void multiply(double[] x, double[] diag, double gx, double gz, double[] out) {
        int layer = nx * ny;
        for (int k = 0; k < nz; k++) {
            for (int y = 0; y < ny; y++) {
                for (int xx = 0; xx < nx; xx++) {
                    int i = k * layer + y * nx + xx;
                    double s = diag[i] * x[i];
                    s -= gx * (x[k * layer + y * nx + (xx + 1) % nx] + x[k * layer + y * nx + (xx + nx - 1) % nx]
                            + x[k * layer + ((y + 1) % ny) * nx + xx] + x[k * layer + ((y + ny - 1) % ny) * nx + xx]);
                    if (k > 0) {
                        s -= gz * x[i - layer];
                    }
                    if (k < nz - 1) {
                        s -= gz * x[i + layer];
                    }
                    out[i] = s;
                }
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Override
    public String toString() {
        return "FiniteVolumeSlab[" + nx + " x " + ny + " x " + nz + ", " + Arrays.toString(new double[] {h, dz}) + "]";
    }
}
