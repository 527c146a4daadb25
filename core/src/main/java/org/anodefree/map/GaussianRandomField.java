package org.anodefree.map;

import java.util.SplittableRandom;
import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.fft.DoubleFFT_2D;

/**
 * A stationary, periodic Gaussian random field on a pixel grid with a Gaussian covariance
 * C(r) = exp(-r^2 / (2 l^2)), made by filtering white noise in Fourier space (spectral synthesis;
 * e.g. Lang and Potthoff, Monte Carlo Methods Appl. 17, 195, 2011).
 *
 * <p>The filter is the square root of the covariance's spectrum, exp(-k^2 l^2 / 4), so the field
 * has correlation length l (the distance at which the correlation falls to exp(-1/2)). The result
 * is rescaled to exactly zero mean and unit variance over the grid. Same seed, same field, bit for
 * bit: the noise comes from one {@link SplittableRandom} drawn in raster order.
 */
public final class GaussianRandomField {
    private GaussianRandomField() {
    }

    /**
     * A field of {@code width x height} pixels, row-major, zero mean and unit variance.
     *
     * @param correlationPixels correlation length in pixels (0 gives white noise)
     */
    public static double[] generate(int width, int height, double correlationPixels, long seed) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("field shape must be positive, got " + width + " x " + height);
        }
        if (!(correlationPixels >= 0)) {
            throw new IllegalArgumentException("correlation length must be >= 0, got " + correlationPixels);
        }
        int n = width * height;
        double[] c = new double[2 * n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            c[2 * i] = gaussian(random);
        }
        if (correlationPixels > 0 && n > 1) {
            // JTransforms' 2D transforms need two or more rows and columns; a strip is a 1D transform.
            boolean strip = width == 1 || height == 1;
            DoubleFFT_2D fft = strip ? null : new DoubleFFT_2D(height, width);
            DoubleFFT_1D fft1 = strip ? new DoubleFFT_1D(n) : null;
            if (strip) {
                fft1.complexForward(c);
            } else {
                fft.complexForward(c);
            }
            double l2 = correlationPixels * correlationPixels;
            for (int r = 0; r < height; r++) {
                double ky = 2 * Math.PI * wave(r, height) / height;
                for (int col = 0; col < width; col++) {
                    double kx = 2 * Math.PI * wave(col, width) / width;
                    double filter = Math.exp(-(kx * kx + ky * ky) * l2 / 4);
                    int i = 2 * (r * width + col);
                    c[i] *= filter;
                    c[i + 1] *= filter;
                }
            }
            if (strip) {
                fft1.complexInverse(c, false);
            } else {
                fft.complexInverse(c, false);
            }
        }
        double[] field = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            field[i] = c[2 * i];
            sum += field[i];
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            field[i] -= mean;
            ss += field[i] * field[i];
        }
        double sd = Math.sqrt(ss / n);
        if (sd > 0) {
            for (int i = 0; i < n; i++) {
                field[i] /= sd;
            }
        }
        return field;
    }

    /** Signed wave number of FFT bin i on a grid of size n. */
    private static int wave(int i, int n) {
        return i <= n / 2 ? i : i - n;
    }

    /**
     * A standard normal deviate by the Marsaglia polar method, so the sequence depends only on the
     * seed (not on a JDK's nextGaussian implementation, which has changed between releases).
     */
    private static double gaussian(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
