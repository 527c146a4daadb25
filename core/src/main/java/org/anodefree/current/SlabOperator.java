package org.anodefree.current;

import org.anodefree.InputException;
import org.jtransforms.fft.DoubleFFT_2D;

/**
 * The electrolyte slab's interface response on a periodic pixel grid: the potential phi it takes
 * at the anode interface (counter electrode at zero) when current density j leaves the anode.
 *
 * <p>Laplace's equation in a slab 0 &lt; z &lt; L with flux sigma dphi/dz = -j at z = 0 and
 * phi = 0 at z = L separates in lateral Fourier modes: phi_k(z) = A sinh(|k|(L - z)), so at the
 * interface phi_k = j_k tanh(|k| L) / (sigma |k|), and phi_0 = j_0 L / sigma for the mean. The
 * operator is applied with one forward and one inverse 2D real FFT (JTransforms); it is diagonal
 * and positive in Fourier space, so it is symmetric positive definite on the grid. The plan and
 * the work buffer are made once; {@link #apply} allocates nothing. JTransforms' packed in-place
 * real 2D transform needs power-of-two sizes; other sizes use its full complex-output transform
 * (twice the memory and about twice the time).
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class SlabOperator {
    private final int rows;
    private final int columns;
    private final DoubleFFT_2D fft;
    /** Kernel value for each slot of JTransforms' packed real-FFT layout, Ohm m2. */
    private final double[] kernel;
    private final double[] buffer;
    /** 1 / (kernel + shift) for the last shift the shifted inverse was asked for. */
    private final double[] inverse;
    private double invertedShift = Double.NaN;
    private long applications;
    /** True for the packed power-of-two layout, false for the full complex layout. */
    private final boolean packed;

    /**
     * @param rows grid rows (y), >= 1
     * @param columns grid columns (x), >= 1
     * @param pixelSizeMeters pixel edge, m
     * @param electrolyte the slab
     */
    public SlabOperator(int rows, int columns, double pixelSizeMeters, Electrolyte electrolyte) {
        if (rows < 1 || columns < 1) {
            throw new InputException("slab operator: grid shape must be positive, got " + rows + " x " + columns);
        }
        if (!(pixelSizeMeters > 0) || !Double.isFinite(pixelSizeMeters)) {
            throw new InputException("slab operator: pixel size must be positive, got " + pixelSizeMeters + " m");
        }
        this.rows = rows;
        this.columns = columns;
        this.fft = new DoubleFFT_2D(rows, columns);
        this.packed = rows >= 2 && columns >= 2 && isPowerOfTwo(rows) && isPowerOfTwo(columns);
        this.buffer = new double[(packed ? 1 : 2) * rows * columns];
        this.inverse = new double[rows * columns];
        this.kernel = packed ? packedKernel(rows, columns, pixelSizeMeters, electrolyte)
                : fullKernel(rows, columns, pixelSizeMeters, electrolyte);
    }

    /** G_ii, the potential a pixel's own unit current density gives it, Ohm m2 (the mean of the symbol). */
    public double selfResponseOhmM2() {
        double sum = 0;
        for (double k : kernel) {
            sum += k;
        }
        return sum / kernel.length;
    }

    /** The largest response to a non-uniform mode (the longest lateral wavelength), Ohm m2. */
    public double maxLateralResponseOhmM2() {
        double max = 0;
        for (int i = 1; i < kernel.length; i++) {
            max = Math.max(max, kernel[i]);
        }
        return kernel.length == 1 ? kernel[0] : max;
    }

    /** The smallest response (the shortest wavelength), Ohm m2. */
    public double minResponseOhmM2() {
        double min = Double.POSITIVE_INFINITY;
        for (double k : kernel) {
            min = Math.min(min, k);
        }
        return min;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** phi = G j on the whole grid; {@code out} may be {@code in}. */
    public void apply(double[] currentDensityAmpsPerM2, double[] potentialVoltsOut) {
        filter(currentDensityAmpsPerM2, potentialVoltsOut, 0.0, false);
    }

    /**
     * out = (G + s I)^{-1} in, the inverse of the slab operator plus a uniform resistance s: the
     * Fourier-space preconditioner of {@link CurrentSolver}.
     */
    public void applyShiftedInverse(double[] in, double shiftOhmM2, double[] out) {
        filter(in, out, shiftOhmM2, true);
    }

    /** True when n is a power of two (the sizes JTransforms' packed real 2D transform accepts). */
    public static boolean isPowerOfTwo(int n) {
        return n > 0 && (n & (n - 1)) == 0;
    }

    /** Forward+inverse transform pairs done so far (the solver's unit of work). */
    public long transformPairs() {
        return applications;
    }

    private void filter(double[] in, double[] out, double shift, boolean invert) {
        applications++;
        int n = rows * columns;
        double[] factor = kernel;
        if (invert) {
            if (shift != invertedShift) {
                // One division per slot when the shift changes, not per application (many per shift).
                for (int i = 0; i < n; i++) {
                    inverse[i] = 1.0 / (kernel[i] + shift);
                }
                invertedShift = shift;
            }
            factor = inverse;
        }
        if (packed) {
            // In place when the caller allows it: the packed transform needs no other buffer.
            double[] a = in == out ? out : buffer;
            if (a == buffer) {
                System.arraycopy(in, 0, buffer, 0, n);
            }
            fft.realForward(a);
            for (int i = 0; i < n; i++) {
                a[i] *= factor[i];
            }
            fft.realInverse(a, true);
            if (a != out) {
                System.arraycopy(a, 0, out, 0, n);
            }
        } else {
            System.arraycopy(in, 0, buffer, 0, n);
            fft.realForwardFull(buffer);
            for (int i = 0; i < n; i++) {
                buffer[2 * i] *= factor[i];
                buffer[2 * i + 1] *= factor[i];
            }
            fft.complexInverse(buffer, true);
            for (int i = 0; i < n; i++) {
                out[i] = buffer[2 * i];
            }
        }
    }

    /** The kernel for the full complex layout: entry (k1, k2) is frequency (k1, k2), signed by wrap-around. */
    private static double[] fullKernel(int rows, int columns, double h, Electrolyte e) {
        double[] k = new double[rows * columns];
        double dkx = 2 * Math.PI / (columns * h);
        double dky = 2 * Math.PI / (rows * h);
        for (int r = 0; r < rows; r++) {
            int fy = Math.min(r, rows - r);
            for (int c = 0; c < columns; c++) {
                k[r * columns + c] = response(Math.hypot(Math.min(c, columns - c) * dkx, fy * dky), e);
            }
        }
        return k;
    }

    /**
     * The kernel laid out like JTransforms' packed output of {@code realForward(double[])}: slot
     * (k1, 2 k2) and (k1, 2 k2 + 1) hold Re and Im of frequency (k1, k2) for 0 &lt; k2 &lt; columns/2;
     * columns 0 and 1 hold the k2 = 0 and k2 = columns/2 frequencies (row 0 and rows/2 both real,
     * other rows split between k1 and rows - k1). The kernel depends on |k| only, so each slot just
     * needs the magnitude of its frequency.
     */
    private static double[] packedKernel(int rows, int columns, double h, Electrolyte e) {
        double[] k = new double[rows * columns];
        double dkx = 2 * Math.PI / (columns * h);
        double dky = 2 * Math.PI / (rows * h);
        for (int r = 0; r < rows; r++) {
            int fy = Math.min(r, rows - r);
            for (int c = 0; c < columns; c++) {
                int fx;
                int fyHere = fy;
                if (c >= 2) {
                    fx = c / 2;
                } else if (r == 0 || r == rows / 2) {
                    fx = c == 0 ? 0 : columns / 2;
                } else if (r < rows / 2) {
                    fx = 0;
                } else {
                    fx = columns / 2;
                    fyHere = rows - r;
                }
                k[r * columns + c] = response(Math.hypot(fx * dkx, fyHere * dky), e);
            }
        }
        return k;
    }

    /** tanh(|k| L) / (sigma |k|), with its limit L / sigma at k = 0. */
    static double response(double kPerMeter, Electrolyte e) {
        double sigma = e.conductivitySiemensPerMeter();
        double l = e.thicknessMeters();
        if (kPerMeter * l < 1e-8) {
            return l / sigma;
        }
        return Math.tanh(kPerMeter * l) / (sigma * kPerMeter);
    }
}
