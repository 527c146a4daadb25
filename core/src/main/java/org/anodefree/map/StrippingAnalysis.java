package org.anodefree.map;

import org.anodefree.InputException;

/**
 * Strips a thickness map layer by layer, the method of the source study's Fig. 5e-g: Li leaves at
 * the same rate from every pixel that still has some, so after removing a depth h the remaining
 * thickness is max(t - h, 0), pixels with t <= h are depleted, and the share of capacity removed is
 * sum(min(t, h)) / sum(t).
 *
 * <p>Both curves are exact functions of the sorted thickness distribution: the stripped fraction is
 * piecewise linear in h with a vertex at every distinct thickness, the active fraction a step
 * function. Any level is found by a binary search over those vertices, never by sampling.
 * Construction radix-partitions a copy of the map into small ordered leaves ({@link OrderStatistics});
 * a query sorts only the leaf it lands in and costs O(log n). Memory: the map plus one copy.
 */
public final class StrippingAnalysis {
    private final ThicknessMap map;
    private final OrderStatistics order;
    private final int n;
    private final double total;

    private StrippingAnalysis(ThicknessMap map) {
        this.map = map;
        this.order = new OrderStatistics(map.insideThicknessesMeters());
        this.n = order.size();
        this.total = order.total();
        if (!(total > 0)) {
            throw new InputException("thickness map holds no Li: every pixel inside the electrode is 0 thick");
        }
    }

    /** Sorts the map's thicknesses once; the analysis then answers any level. */
    public static StrippingAnalysis of(ThicknessMap map) {
        return new StrippingAnalysis(map);
    }

    /** The map being stripped. */
    public ThicknessMap map() {
        return map;
    }

    /** Number of electrode pixels. */
    public int pixels() {
        return n;
    }

    /** Statistics of the map's thickness, from this analysis's copy (no second sort). */
    public MapStatistics statistics() {
        return MapStatistics.of(order);
    }

    /** Total Li volume per electrode area before stripping, i.e. the mean thickness, m. */
    public double meanThicknessMeters() {
        return total / n;
    }

    /** The state after removing {@code depthMeters} from every pixel that still has Li. */
    public StrippingLevel atDepth(double depthMeters) {
        if (!(depthMeters >= 0) || Double.isNaN(depthMeters)) {
            throw new InputException("stripping depth must be >= 0, got " + depthMeters + " m");
        }
        int depleted = order.countAtMost(depthMeters);
        double stripped = order.prefixSum(depleted) + (double) (n - depleted) * depthMeters;
        return new StrippingLevel(depthMeters, Math.min(1.0, stripped / total), (double) (n - depleted) / n);
    }

    /**
     * The state when a given share of the capacity has been stripped (0 to 1). At exactly 1 no Li is
     * left and the active fraction is 0.
     */
    public StrippingLevel atStrippedFraction(double strippedFraction) {
        if (!(strippedFraction >= 0 && strippedFraction <= 1)) {
            throw new InputException("stripped fraction must be between 0 and 1, got " + strippedFraction);
        }
        return atDepth(depthAtStrippedFraction(strippedFraction));
    }

    /** The depth h at which sum(min(t, h)) equals the given share of the capacity. */
    public double depthAtStrippedFraction(double strippedFraction) {
        double target = strippedFraction * total;
        if (strippedFraction >= 1) {
            return order.value(n - 1);
        }
        // S(t_k) = prefix(k) + (n - k) t_k is nondecreasing in k; find the last vertex at or below target.
        int k = order.lastAtMost((j, tj, below) -> below + (double) (n - j) * tj, target);
        if (k < 0) {
            // Target below the first vertex: every pixel still has Li; S(h) = n h.
            return target / n;
        }
        double tk = order.value(k);
        double sk = order.prefixSum(k) + (double) (n - k) * tk;
        if (k == n - 1) {
            return tk;
        }
        // Between vertex k and k+1, the pixels k+1.. (n-k-1 of them) are being thinned together.
        return Math.min(tk + (target - sk) / (n - k - 1), order.value(n - 1));
    }

    /** The map left after stripping the given share of the capacity: max(t - h, 0) everywhere. */
    public ThicknessMap remainingAt(double strippedFraction) {
        double h = depthAtStrippedFraction(strippedFraction);
        double[] t = new double[map.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = Math.max(map.thicknessMeters(i) - h, 0.0);
        }
        return new ThicknessMap(map.width(), map.height(), map.pixelSizeMeters(), t, map.mask());
    }

    /**
     * The curve at {@code points} evenly spaced stripped fractions from 0 to 1 (each point exact).
     * Use {@link #vertices()} for every vertex of the curve.
     */
    public StrippingCurve curve(int points) {
        if (points < 2) {
            throw new InputException("a stripping curve needs at least 2 points, got " + points);
        }
        double[] f = new double[points];
        double[] a = new double[points];
        double[] d = new double[points];
        for (int i = 0; i < points; i++) {
            StrippingLevel level = atStrippedFraction((double) i / (points - 1));
            f[i] = level.strippedFraction();
            a[i] = level.activeFraction();
            d[i] = level.depthMeters();
        }
        return new StrippingCurve(d, f, a);
    }

    /**
     * Every vertex of the exact curve: at each distinct thickness, the stripped fraction and the
     * active fraction just after those pixels deplete. One point per distinct thickness plus the start.
     */
    public StrippingCurve vertices() {
        double[] sorted = order.sortedView();
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            if (sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        double[] d = new double[distinct + 1];
        double[] f = new double[distinct + 1];
        double[] a = new double[distinct + 1];
        a[0] = (double) (n - order.countAtMost(0.0)) / n;
        int j = 1;
        double below = 0;
        for (int i = 0; i < n; i++) {
            if (i == n - 1 || sorted[i + 1] != sorted[i]) {
                d[j] = sorted[i];
                f[j] = Math.min(1.0, (below + (double) (n - i) * sorted[i]) / total);
                a[j] = (double) (n - 1 - i) / n;
                j++;
            }
            below += sorted[i];
        }
        return new StrippingCurve(d, f, a);
    }
}
