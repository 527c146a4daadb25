package org.anodefree.model;

/**
 * How local Li thickness changes local contact and kinetics: a multiplier on the exchange current
 * density of a pixel holding Li, as a function of its thickness against the mean over Li-holding
 * pixels. With a positive feedback, thicker regions plate faster and the deposit grows uneven unless
 * something relaxes it ({@link DepositRelaxation}).
 */
public interface ContactFeedback {

    /** The multiplier (> 0; 1 at the mean) for a pixel of thickness h when the mean is hMean (both m). */
    double factor(double thicknessMeters, double meanThicknessMeters);

    /** The no-op law: thickness does not affect kinetics. */
    final class None implements ContactFeedback {
        @Override
        public double factor(double thicknessMeters, double meanThicknessMeters) {
            return 1.0;
        }
    }
}
