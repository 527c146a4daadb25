package org.anodefree.app;

import org.anodefree.map.IslandStatistics;
import org.anodefree.map.MapStatistics;
import org.anodefree.map.StrippingLevel;
import org.anodefree.map.ThicknessMap;

/** JSON shapes of thickness-map results, in micrometres and fractions, shared by the map commands. */
final class MapSummary {
    private MapSummary() {
    }

    /**
     * A map's shape and thickness statistics; {@code outsidePixels} counts the pixels the file marks as
     * outside the electrode (empty CSV cells, NaN in TIFF and NPY), so that none goes unreported.
     */
    record Stats(int width, int height, double pixelSizeMicrometres, int electrodePixels, int outsidePixels,
            double electrodeAreaMm2,
            double meanMicrometres, double standardDeviationMicrometres, double coefficientOfVariation,
            double minMicrometres, double p05Micrometres, double medianMicrometres, double p95Micrometres,
            double maxMicrometres, double bareFraction, double capacityMilliampHoursPerCm2) {

        static Stats of(ThicknessMap map) {
            return of(map, map.statistics());
        }

        static Stats of(ThicknessMap map, MapStatistics s) {
            return new Stats(map.width(), map.height(), map.pixelSizeMeters() * 1e6, s.pixels(),
                    map.width() * map.height() - s.pixels(), map.areaM2() * 1e6,
                    s.meanMeters() * 1e6, s.standardDeviationMeters() * 1e6, s.coefficientOfVariation(),
                    s.minMeters() * 1e6, s.p05Meters() * 1e6, s.medianMeters() * 1e6, s.p95Meters() * 1e6,
                    s.maxMeters() * 1e6, s.bareFraction(), s.capacityMilliampHoursPerCm2());
        }
    }

    /** Islands at one level. */
    record Islands(int count, double largestAreaMm2, double meanAreaMm2, double smallAreaThresholdMm2,
            int smallCount, double smallCapacityShare) {
        static Islands of(IslandStatistics s) {
            return new Islands(s.count(), s.largestAreaM2() * 1e6, s.meanAreaM2() * 1e6, s.smallAreaThresholdM2() * 1e6,
                    s.smallCount(), s.smallCapacityShare());
        }
    }

    /** One stripping level with its islands. */
    record Level(double strippedFraction, double activeFraction, Double currentDensityMultiplier,
            double depthMicrometres, Islands islands) {
        static Level of(StrippingLevel l, IslandStatistics islands) {
            double m = l.currentDensityMultiplier();
            return new Level(l.strippedFraction(), l.activeFraction(), Double.isFinite(m) ? m : null,
                    l.depthMeters() * 1e6, Islands.of(islands));
        }
    }
}
