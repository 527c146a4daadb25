package org.anodefree.tomo;

import org.anodefree.InputException;
import org.anodefree.map.MapStatistics;
import org.anodefree.units.LithiumMetal;

/**
 * Summary numbers of an extracted thickness map, in micrometres for people to read: the distribution
 * of thickness (the map's {@link MapStatistics}, the one computation of thickness statistics), the areal capacity the Li holds (Li molar volume, {@link LithiumMetal}), how much
 * of a passed charge it accounts for, and how porous the layer is.
 *
 * @param pixels map pixels
 * @param meanMicrometers mean Li thickness (voxel count), bare pixels included
 * @param minMicrometers thinnest pixel
 * @param p05Micrometers 5th percentile
 * @param p25Micrometers 25th percentile
 * @param medianMicrometers median
 * @param p75Micrometers 75th percentile
 * @param p95Micrometers 95th percentile
 * @param maxMicrometers thickest pixel
 * @param bareFraction share of pixels without Li
 * @param meanSurfaceMicrometers mean bottom-to-top distance of the layer, pores included
 * @param poreColumnFraction share of Li-covered pixels whose layer holds pores
 * @param capacityMilliampHoursPerCm2 areal capacity of the mean thickness
 * @param passedMilliampHoursPerCm2 charge the user says was passed (NaN when not given)
 * @param capacityOverPassed capacity found over charge passed (NaN when not given)
 * @param tiltDegrees tilt of the fitted collector surface at the map centre
 */
public record ThicknessReport(int pixels, double meanMicrometers, double minMicrometers, double p05Micrometers,
        double p25Micrometers, double medianMicrometers, double p75Micrometers, double p95Micrometers,
        double maxMicrometers, double bareFraction, double meanSurfaceMicrometers, double poreColumnFraction,
        double capacityMilliampHoursPerCm2, double passedMilliampHoursPerCm2, double capacityOverPassed,
        double tiltDegrees) {

    /**
     * Report on an extraction.
     *
     * @param passedMilliampHoursPerCm2 areal charge passed while plating, or NaN when unknown
     */
    public static ThicknessReport of(ThicknessExtraction e, double passedMilliampHoursPerCm2) {
        if (!Double.isNaN(passedMilliampHoursPerCm2) && !(passedMilliampHoursPerCm2 > 0)) {
            throw new InputException("passed charge must be a positive areal capacity, got "
                    + passedMilliampHoursPerCm2 + " mAh/cm2");
        }
        MapStatistics t = e.countThickness().statistics();
        double surfaceSum = 0;
        for (double v : e.surfaceThickness().insideThicknessesMeters()) {
            surfaceSum += v;
        }
        double capacity = t.capacityMilliampHoursPerCm2();
        double um = 1e6;
        return new ThicknessReport(t.pixels(), t.meanMeters() * um, t.minMeters() * um, t.p05Meters() * um,
                t.p25Meters() * um, t.medianMeters() * um, t.p75Meters() * um, t.p95Meters() * um, t.maxMeters() * um,
                t.bareFraction(), surfaceSum / t.pixels() * um, e.poreColumnFraction(), capacity,
                passedMilliampHoursPerCm2, capacity / passedMilliampHoursPerCm2, e.tiltDegrees());
    }
}
