package org.anodefree.model;

/**
 * Irreversible loss of Li inventory on the anode side: Li metal consumed by the interphase it forms
 * with the electrolyte. The loss is chemical (Li + Li6PS5Cl -> Li2S + Li3P + LiCl), so it runs on
 * the age of the Li | electrolyte contact, not on the current: a run keeps that age per pixel in its
 * {@link InterphaseAgeing} ({@link #start}) and restarts it where fresh Li meets the electrolyte
 * (docs/model.md, section 4).
 */
public interface LithiumLossLaw {

    /**
     * Li consumed (C per m2 of Li | electrolyte contact, >= 0) between contact ages
     * {@code ageSeconds} and {@code ageSeconds + dtSeconds} (both >= 0).
     */
    double lostCoulombsPerM2(double ageSeconds, double dtSeconds);

    /** A run's interphase clocks for {@code pixels} pixels, all at age 0. */
    default InterphaseAgeing start(int pixels) {
        return new InterphaseAgeing(this, pixels);
    }

    /** The no-op law: Li metal never reacts with the electrolyte. */
    final class None implements LithiumLossLaw {
        @Override
        public double lostCoulombsPerM2(double ageSeconds, double dtSeconds) {
            return 0.0;
        }
    }
}
