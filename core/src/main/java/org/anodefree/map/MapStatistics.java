package org.anodefree.map;

import java.util.Arrays;
import org.anodefree.statistics.Quantiles;
import org.anodefree.units.LithiumMetal;

/**
 * Summary statistics of Li thickness over an electrode, in metres, with the areal capacity they
 * hold.
 *
 * @param pixels number of pixels inside the electrode
 * @param meanMeters mean thickness
 * @param standardDeviationMeters population standard deviation
 * @param minMeters thinnest pixel
 * @param p05Meters 5th percentile
 * @param p25Meters 25th percentile
 * @param medianMeters median
 * @param p75Meters 75th percentile
 * @param p95Meters 95th percentile
 * @param maxMeters thickest pixel
 * @param bareFraction share of pixels with no Li at all
 */
public record MapStatistics(int pixels, double meanMeters, double standardDeviationMeters, double minMeters,
        double p05Meters, double p25Meters, double medianMeters, double p75Meters, double p95Meters, double maxMeters,
        double bareFraction) {

    /** Statistics of the given thicknesses (m); the array is not modified. */
    public static MapStatistics of(double[] thicknessMeters) {
        double[] sorted = thicknessMeters.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted);
    }

    /** Statistics of thicknesses already in ascending order (m); the array is not modified or kept. */
    public static MapStatistics ofSorted(double[] sorted) {
        int n = sorted.length;
        double sum = 0;
        int bare = 0;
        for (double t : sorted) {
            sum += t;
            if (t == 0) {
                bare++;
            }
        }
        double mean = sum / n;
        double ss = 0;
        for (double t : sorted) {
            ss += (t - mean) * (t - mean);
        }
        return new MapStatistics(n, mean, Math.sqrt(ss / n), sorted[0], quantileOfSorted(sorted, 0.05),
                quantileOfSorted(sorted, 0.25), quantileOfSorted(sorted, 0.5), quantileOfSorted(sorted, 0.75),
                quantileOfSorted(sorted, 0.95), sorted[n - 1], (double) bare / n);
    }

    /** Statistics from order statistics, touching only the leaves the quantiles fall in. */
    static MapStatistics of(OrderStatistics order) {
        int n = order.size();
        double mean = order.total() / n;
        return new MapStatistics(n, mean, Math.sqrt(order.sumOfSquaredDeviations() / n), order.value(0),
                quantile(order, 0.05), quantile(order, 0.25), quantile(order, 0.5), quantile(order, 0.75),
                quantile(order, 0.95), order.value(n - 1),
                (double) order.countAtMost(0.0) / n);
    }

    private static double quantile(OrderStatistics order, double p) {
        int n = order.size();
        if (p == 0.5) {
            // the midpoint form of Quantiles.medianOfSorted, so a map's median is the same by either route
            return (n & 1) == 1 ? order.value(n / 2) : 0.5 * (order.value(n / 2 - 1) + order.value(n / 2));
        }
        double h = (order.size() - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, order.size() - 1);
        return order.value(lo) + (h - lo) * (order.value(hi) - order.value(lo));
    }

    /** Coefficient of variation (standard deviation over mean); 0 for an empty electrode. */
    public double coefficientOfVariation() {
        return meanMeters > 0 ? standardDeviationMeters / meanMeters : 0.0;
    }

    /** Areal capacity held by the mean thickness, mAh/cm2. */
    public double capacityMilliampHoursPerCm2() {
        return LithiumMetal.capacityMilliampHoursPerCm2FromThickness(meanMeters);
    }

    /** The p-quantile of an ascending array ({@link Quantiles#ofSorted}). */
    public static double quantileOfSorted(double[] ascending, double p) {
        return Quantiles.ofSorted(ascending, p);
    }
}
