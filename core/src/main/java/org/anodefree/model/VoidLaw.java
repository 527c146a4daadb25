package org.anodefree.model;

/**
 * How Li | electrolyte contact is lost to voids while stripping and regained afterwards. Each pixel has
 * a contact fraction c in [0, 1] (1 = full contact), which multiplies its exchange current; a pixel whose
 * contact falls below {@link #strandedContact()} is cut off: its Li is stranded (cannot be stripped) until
 * contact returns.
 */
public interface VoidLaw {

    /**
     * Advances the contact fractions over {@code dtSeconds}.
     *
     * @param currentAmpsPerM2 per pixel, A per m2 of pixel area, positive anodic (stripping), negative plating, 0 when idle
     * @param thicknessMeters Li thickness per pixel
     * @param hasLithium whether the pixel holds Li
     * @param thresholdAmpsPerM2 per-pixel void threshold of a thick foil at the reference pressure
     * @param contact the contact fractions, updated in place
     */
    void evolve(double[] currentAmpsPerM2, double[] thicknessMeters, boolean[] hasLithium, double[] thresholdAmpsPerM2,
            double[] contact, double dtSeconds);

    /** Contact fraction below which a pixel's Li is stranded (no longer in the electrochemically active set). */
    double strandedContact();

    /**
     * The longest time step that keeps every voiding pixel's contact change within {@code fraction} of its
     * contact, given the same inputs as {@link #evolve} (infinite when nothing voids).
     */
    double stableStepSeconds(double[] currentAmpsPerM2, double[] thicknessMeters, boolean[] hasLithium,
            double[] thresholdAmpsPerM2, double[] contact, double fraction);

    /** The no-op law: contact is never lost. */
    final class None implements VoidLaw {
        @Override
        public void evolve(double[] currentAmpsPerM2, double[] thicknessMeters, boolean[] hasLithium,
                double[] thresholdAmpsPerM2, double[] contact, double dtSeconds) {
        }

        @Override
        public double strandedContact() {
            return 0;
        }

        @Override
        public double stableStepSeconds(double[] currentAmpsPerM2, double[] thicknessMeters, boolean[] hasLithium,
                double[] thresholdAmpsPerM2, double[] contact, double fraction) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
