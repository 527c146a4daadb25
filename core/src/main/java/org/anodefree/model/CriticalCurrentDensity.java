package org.anodefree.model;

/**
 * Per-pixel critical current densities (A/m2) above which something fails locally: a filament starts
 * on plating, or a void opens on stripping. Drawn once per run from a seed; bit-identical for a seed.
 */
public interface CriticalCurrentDensity {

    /** Fills {@code outAmpsPerM2} (one value per pixel, row-major) from the seed and the named stream. */
    void fill(long seed, RandomStream stream, double[] outAmpsPerM2);

    /** The no-op law: no pixel ever reaches its critical current (every threshold is infinite). */
    final class None implements CriticalCurrentDensity {
        @Override
        public void fill(long seed, RandomStream stream, double[] outAmpsPerM2) {
            java.util.Arrays.fill(outAmpsPerM2, Double.POSITIVE_INFINITY);
        }
    }
}
