package org.anodefree.model;

import org.anodefree.grid.PixelGrid;

/**
 * How Li filaments start and grow into the separator. A run's filaments are the law's own state
 * ({@link #start}): where they started, how long they are and the Li they hold, per pixel. The stepper
 * offers each plating pixel's charge to {@link Filaments#plate}; what a filament does not take goes into
 * the flat deposit.
 */
public interface FilamentLaw {

    /**
     * A run's filaments on {@code grid}, none started, with the law's seeded draws.
     *
     * @param separatorMeters the thickness a filament must cross
     * @param shortCircuit when a filament bridges (a bridging filament stops growing)
     */
    Filaments start(long seed, PixelGrid grid, double separatorMeters, ShortCircuitCriterion shortCircuit);

    /** The filaments of one run. */
    interface Filaments {
        /**
         * Offers pixel {@code i}'s plated charge over a time step to its filament.
         *
         * @param platingAmpsPerM2 the pixel's plating current density (> 0), per pixel area
         * @param contactFraction the share of the pixel's area in contact (the current crowds through it)
         * @param cathodicOverpotentialVolts the pixel's plating overpotential from the solve (> 0)
         * @param confined whether the pixel's Li is confined: the pixel and its four neighbours hold Li
         * @param coulombsPerM2 the charge plated at the pixel over the step
         * @return the part of that charge the filament took (the flat deposit gets the rest)
         */
        double plate(int i, double platingAmpsPerM2, double contactFraction, double cathodicOverpotentialVolts,
                boolean confined, double coulombsPerM2, double dtSeconds);

        /**
         * What goes on whatever the current, over {@code dtSeconds}: e.g. Li pushed into flaws by the stack
         * pressure. Li moved into a filament is taken from the pixel's flat deposit ({@code thicknessMeters}),
         * so Li is conserved; the default does nothing.
         */
        default void age(double dtSeconds, double[] thicknessMeters, boolean[] hasLithium, VoidLaw.Contact contact) {
        }

        /**
         * The factor on pixel {@code i}'s exchange current from its filament: a filament reaching into the
         * separator shortens the pixel's path to the counter electrode, so current focuses on it (1 without).
         */
        default double exchangeFocus(int i) {
            return 1.0;
        }

        /** Filaments that bridge the separator now. */
        int bridging();

        /** Length of pixel {@code i}'s filament, m. */
        double lengthMeters(int i);

        /** Li held in pixel {@code i}'s filament, C per m2 of pixel area (it stays when the pixel strips). */
        double coulombsPerM2(int i);

        /** Longest filament, m. */
        double maxLengthMeters();

        /**
         * Longest time step over which no growing filament advances more than {@code maxAdvanceMeters}, with
         * the local current densities of the last solve (positive anodic, so plating is negative) on the
         * pixels that hold Li (infinite when none grows).
         */
        double stableStepSeconds(double[] currentAmpsPerM2, boolean[] hasLithium, double maxAdvanceMeters);

        /** A copy of the lengths, m, row-major. */
        double[] lengthsToArray();
    }

    /** The no-op law: no filament ever starts or grows. */
    final class None implements FilamentLaw {
        @Override
        public Filaments start(long seed, PixelGrid grid, double separatorMeters, ShortCircuitCriterion shortCircuit) {
            return new Filaments() {
                @Override
                public double plate(int i, double j, double c, double eta, boolean confined, double q, double dt) {
                    return 0;
                }

                @Override
                public int bridging() {
                    return 0;
                }

                @Override
                public double lengthMeters(int i) {
                    return 0;
                }

                @Override
                public double coulombsPerM2(int i) {
                    return 0;
                }

                @Override
                public double maxLengthMeters() {
                    return 0;
                }

                @Override
                public double stableStepSeconds(double[] j, boolean[] hasLithium, double maxAdvanceMeters) {
                    return Double.POSITIVE_INFINITY;
                }

                @Override
                public double[] lengthsToArray() {
                    return new double[grid.pixels()];
                }
            };
        }
    }
}
