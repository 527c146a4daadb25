package org.anodefree.model;

/**
 * When Li nucleates on a bare (Li-free) current-collector pixel under plating. Until a pixel has
 * nucleated it carries no Faradaic current; the cell's nucleation overpotential dip comes from the
 * few pixels that have nucleated carrying all of it.
 */
public interface NucleationLaw {

    /**
     * Probability that a bare pixel nucleates within {@code dtSeconds} at cathodic overpotential
     * {@code cathodicOverpotentialVolts} (the magnitude, > 0 when plating would proceed; <= 0 never nucleates).
     */
    double probability(double cathodicOverpotentialVolts, double dtSeconds);

    /**
     * Marks newly nucleated pixels: for each bare pixel ({@code hasLithium[i]} false) draws a seeded
     * uniform for (seed, step, pixel) and sets {@code hasLithium[i]} when it falls below the probability.
     * Bit-identical for a seed whatever the order pixels are visited in.
     *
     * @return the number of pixels that nucleated
     */
    default int nucleate(double[] cathodicOverpotentialVolts, boolean[] hasLithium, double dtSeconds, long seed,
            long stepIndex) {
        int count = 0;
        long stream = RandomStream.NUCLEATION.id() ^ (stepIndex * 0x9E3779B97F4A7C15L);
        for (int i = 0; i < hasLithium.length; i++) {
            if (!hasLithium[i]) {
                double p = probability(cathodicOverpotentialVolts[i], dtSeconds);
                if (p > 0 && SeededUniforms.uniform(seed, stream, i) < p) {
                    hasLithium[i] = true;
                    count++;
                }
            }
        }
        return count;
    }

    /** The no-op law: bare Cu plates like Li, with no barrier (every plating pixel nucleates at once). */
    final class None implements NucleationLaw {
        @Override
        public double probability(double cathodicOverpotentialVolts, double dtSeconds) {
            return cathodicOverpotentialVolts > 0 ? 1.0 : 0.0;
        }
    }
}
