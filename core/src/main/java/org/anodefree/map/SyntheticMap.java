package org.anodefree.map;

import org.anodefree.InputException;

/**
 * The recipe for a synthetic, periodic Li thickness map: a Gaussian random field with a correlation
 * length, mapped to a thickness distribution. A floor lets the thinnest Li stay above zero: the
 * thickness is floor + X, with X of the given family, mean (mean - floor) and coefficient of
 * variation {@code excessCv}, so the map's overall mean is {@code meanMeters}.
 *
 * @param widthPixels columns
 * @param heightPixels rows
 * @param pixelSizeMeters pixel edge, m
 * @param meanMeters mean thickness, m
 * @param excessCv coefficient of variation of the thickness above the floor
 * @param floorMeters thinnest possible thickness, m (0 for none), below the mean
 * @param correlationLengthMeters correlation length of the underlying Gaussian field, m
 * @param distribution family of the thickness above the floor
 * @param seed random seed
 */
public record SyntheticMap(int widthPixels, int heightPixels, double pixelSizeMeters, double meanMeters,
        double excessCv, double floorMeters, double correlationLengthMeters, ThicknessDistribution distribution,
        long seed) {

    public SyntheticMap {
        if (widthPixels <= 0 || heightPixels <= 0 || (long) widthPixels * heightPixels > Integer.MAX_VALUE / 2) {
            throw new InputException("synthetic map: shape " + widthPixels + " x " + heightPixels
                    + " must be positive and below 2^30 pixels");
        }
        positive(pixelSizeMeters, "pixel size");
        positive(meanMeters, "mean thickness");
        positive(excessCv, "coefficient of variation");
        if (!(floorMeters >= 0 && floorMeters < meanMeters)) {
            throw new InputException("synthetic map: floor must be >= 0 and below the mean (" + meanMeters
                    + " m), got " + floorMeters + " m");
        }
        if (!(correlationLengthMeters >= 0) || Double.isInfinite(correlationLengthMeters)) {
            throw new InputException("synthetic map: correlation length must be >= 0, got " + correlationLengthMeters);
        }
        if (distribution == null) {
            throw new InputException("synthetic map: a thickness distribution is required");
        }
    }

    /** A square map of the given side, every other setting as given. */
    public static SyntheticMap square(double sideMeters, double pixelSizeMeters, double meanMeters, double cv,
            double floorMeters, double correlationLengthMeters, ThicknessDistribution distribution, long seed) {
        int n = (int) Math.round(sideMeters / pixelSizeMeters);
        return new SyntheticMap(n, n, pixelSizeMeters, meanMeters, cv, floorMeters, correlationLengthMeters,
                distribution, seed);
    }

    /** The same recipe with another seed. */
    public SyntheticMap withSeed(long newSeed) {
        return new SyntheticMap(widthPixels, heightPixels, pixelSizeMeters, meanMeters, excessCv, floorMeters,
                correlationLengthMeters, distribution, newSeed);
    }

    /** Builds the map. */
    public ThicknessMap generate() {
        double[] z = GaussianRandomField.generate(widthPixels, heightPixels,
                correlationLengthMeters / pixelSizeMeters, seed);
        double[] t = distribution.fromStandardNormal(z, meanMeters - floorMeters, excessCv);
        for (int i = 0; i < t.length; i++) {
            t[i] += floorMeters;
        }
        return ThicknessMap.adopting(widthPixels, heightPixels, pixelSizeMeters, t, null);
    }

    private static void positive(double v, String what) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InputException("synthetic map: " + what + " must be positive, got " + v);
        }
    }
}
