package org.anodefree.cycling;

/**
 * The numbers of one cycle (one plating half-cycle and the stripping after it). NaN where a number is not
 * defined: no stripping yet, no plating, or a quantity the data cannot give ({@code minActiveAreaFraction}
 * of a measured cell).
 *
 * @param cycle cycle number from 1
 * @param platedMilliampHoursPerCm2 charge plated onto Cu in the cycle per electrode area
 * @param strippedMilliampHoursPerCm2 charge stripped in the cycle per electrode area
 * @param coulombicEfficiency stripped / plated
 * @param cumulativePlatedMilliampHoursPerCm2 plated charge summed over this and all earlier cycles
 * @param nucleationOverpotentialMillivolts depth of the overpotential peak at the start of plating above the
 *        overpotential it recovers to
 * @param endOfStripPolarizationMillivolts stripping polarization at the end of stripping minus its plateau
 * @param platingPlateauVolts median voltage over the middle half of plating
 * @param strippingPlateauVolts median voltage over the middle half of stripping
 * @param minActiveAreaFraction smallest fraction of the interface in contact (simulation only)
 * @param firstRow first row of the cycle
 * @param endRow one past its last row
 */
public record CycleResult(int cycle, double platedMilliampHoursPerCm2, double strippedMilliampHoursPerCm2,
        double coulombicEfficiency, double cumulativePlatedMilliampHoursPerCm2,
        double nucleationOverpotentialMillivolts, double endOfStripPolarizationMillivolts,
        double platingPlateauVolts, double strippingPlateauVolts, double minActiveAreaFraction,
        int firstRow, int endRow) {

    public CycleResult {
        if (cycle < 1) {
            throw new IllegalArgumentException("cycles are numbered from 1, got " + cycle);
        }
        if (platedMilliampHoursPerCm2 < 0 || strippedMilliampHoursPerCm2 < 0) {
            throw new IllegalArgumentException("capacities must be >= 0");
        }
    }

    /** A copy with the simulator's smallest active area fraction. */
    public CycleResult withMinActiveAreaFraction(double fraction) {
        return new CycleResult(cycle, platedMilliampHoursPerCm2, strippedMilliampHoursPerCm2, coulombicEfficiency,
                cumulativePlatedMilliampHoursPerCm2, nucleationOverpotentialMillivolts,
                endOfStripPolarizationMillivolts, platingPlateauVolts, strippingPlateauVolts, fraction, firstRow,
                endRow);
    }
}
