package org.anodefree.model;

import org.anodefree.grid.PixelGrid;

/**
 * How Li | electrolyte contact is lost to voids while stripping and regained afterwards. Each pixel has
 * a contact fraction c in [0, 1] (1 = full contact), which multiplies its exchange current; a pixel whose
 * contact falls below {@link Contact#strandedContact()} is cut off: its Li is stranded (cannot be
 * stripped) until contact returns. A run's contact field is the law's own state ({@link #start}).
 */
public interface VoidLaw {

    /** A run's contact field on {@code grid}, all pixels in full contact, with the law's seeded draws. */
    Contact start(long seed, PixelGrid grid);

    /** The contact field of one run: owned by the run's stepper, updated only through this interface. */
    interface Contact {
        /** Contact fraction of pixel {@code i}. */
        double at(int i);

        /** Contact fraction below which a pixel's Li is stranded (no longer in the electrochemically active set). */
        double strandedContact();

        /**
         * Advances the contact fractions over {@code dtSeconds}.
         *
         * @param currentAmpsPerM2 per pixel, A per m2 of pixel area, positive anodic (stripping), negative
         *     plating, 0 when idle
         * @param thicknessMeters Li thickness per pixel
         * @param hasLithium whether the pixel holds Li
         */
        void evolve(double[] currentAmpsPerM2, double[] thicknessMeters, boolean[] hasLithium, double dtSeconds);

        /**
         * The longest time step that keeps every voiding pixel's contact change within {@code fraction} of
         * its contact, given the same inputs as {@link #evolve} (infinite when nothing voids).
         */
        double stableStepSeconds(double[] currentAmpsPerM2, double[] thicknessMeters, boolean[] hasLithium,
                double fraction);

        /** A copy of the contact fractions, row-major. */
        double[] toArray();
    }

    /** The no-op law: contact is never lost. */
    final class None implements VoidLaw {
        @Override
        public Contact start(long seed, PixelGrid grid) {
            return new Contact() {
                @Override
                public double at(int i) {
                    return 1.0;
                }

                @Override
                public double strandedContact() {
                    return 0;
                }

                @Override
                public void evolve(double[] j, double[] h, boolean[] hasLithium, double dt) {
                }

                @Override
                public double stableStepSeconds(double[] j, double[] h, boolean[] hasLithium, double fraction) {
                    return Double.POSITIVE_INFINITY;
                }

                @Override
                public double[] toArray() {
                    double[] c = new double[grid.pixels()];
                    java.util.Arrays.fill(c, 1.0);
                    return c;
                }
            };
        }
    }
}
