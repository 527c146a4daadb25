package org.anodefree.model;

import org.jtransforms.fft.DoubleFFT_2D;

/**
 * A periodic Gaussian random field on a grid: seeded white noise filtered in Fourier space (JTransforms)
 * so that its covariance is {@code exp(-r^2 / (2 ell^2))}, then shifted and scaled to sample mean 0 and
 * sample standard deviation 1 exactly. The filter is the square root of that covariance's spectrum:
 * the 2D Fourier transform of {@code exp(-r^2 / (2 ell^2))} is proportional to {@code exp(-k^2 ell^2 / 2)},
 * so the filter is {@code exp(-k^2 ell^2 / 4)}; ell = 0 gives white noise.
 */
final class CorrelatedGaussianField {
    private CorrelatedGaussianField() {
    }

    /**
     * Fills {@code out[0 .. width*height)} row-major.
     *
     * @param correlationLengthPixels ell in pixels (>= 0)
     */
    static void fill(long seed, RandomStream stream, int width, int height, double correlationLengthPixels,
            double[] out) {
        int n = width * height;
        double[] a = new double[2 * n];
        for (int i = 0; i < n; i++) {
            a[2 * i] = SeededUniforms.normal(seed, stream.id(), i);
        }
        if (correlationLengthPixels > 0) {
            // JTransforms runs each 1D transform the same way on any number of threads, so the
            // filtered field is bit-identical whatever its thread pool (checked in the tests).
            DoubleFFT_2D fft = new DoubleFFT_2D(height, width);
            fft.complexForward(a);
            double ell2 = correlationLengthPixels * correlationLengthPixels;
            for (int r = 0; r < height; r++) {
                double ky = 2 * Math.PI * (r <= height / 2 ? r : r - height) / height;
                for (int c = 0; c < width; c++) {
                    double kx = 2 * Math.PI * (c <= width / 2 ? c : c - width) / width;
                    double g = Math.exp(-0.25 * (kx * kx + ky * ky) * ell2);
                    int idx = 2 * (r * width + c);
                    a[idx] *= g;
                    a[idx + 1] *= g;
                }
            }
            fft.complexInverse(a, true);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[2 * i];
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = a[2 * i] - mean;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / n);
        for (int i = 0; i < n; i++) {
            out[i] = sd > 0 ? (a[2 * i] - mean) / sd : 0.0;
        }
    }
}
