package org.anodefree.model;

/**
 * Per-pixel critical values above which something fails locally, in the unit of the law that draws them:
 * a current density (A/m2) for a void to open on stripping or a current-driven filament to start, an
 * overpotential (V) for a Li-filled flaw to reach the fracture toughness. Drawn once per run from a seed;
 * bit-identical for a seed. The Weibull laws here are weakest-link statistics of strength, whatever the
 * unit.
 */
public interface ThresholdField {

    /** Fills {@code out} (one value per pixel, row-major) from the seed and the named stream. */
    void fill(long seed, RandomStream stream, double[] out);

    /** The no-op law: no pixel ever reaches its threshold (every threshold is infinite). */
    final class None implements ThresholdField {
        @Override
        public void fill(long seed, RandomStream stream, double[] out) {
            java.util.Arrays.fill(out, Double.POSITIVE_INFINITY);
        }
    }
}
