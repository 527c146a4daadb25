package org.anodefree.model;

/**
 * When the cell is short-circuited, and the electronic path that then runs in parallel with the
 * electrolyte: after a short, part of the current bypasses the electrochemistry and the cell voltage
 * collapses towards {@code I * R_short}.
 */
public interface ShortCircuitCriterion {

    /** True when a filament of this length (m) bridges a separator of this thickness (m). */
    boolean bridges(double filamentLengthMeters, double separatorThicknessMeters);

    /**
     * Area-specific resistance (Ohm m2, over the electrode area) of the electronic path through
     * {@code bridgingFilaments} filaments in parallel; +infinity when none bridge.
     */
    double shortResistanceOhmM2(int bridgingFilaments);

    /** The no-op criterion: the cell never shorts. */
    final class None implements ShortCircuitCriterion {
        @Override
        public boolean bridges(double filamentLengthMeters, double separatorThicknessMeters) {
            return false;
        }

        @Override
        public double shortResistanceOhmM2(int bridgingFilaments) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
