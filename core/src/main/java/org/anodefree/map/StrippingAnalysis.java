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
 * Construction sorts a copy of the map once ({@link ThicknessSort}); each query is O(log n). Memory:
 * the map plus one sorted copy.
 */
public final class StrippingAnalysis {
    private final ThicknessMap map;
    private final double[] sorted;
    /**
     * blockPrefix[b] = sum of the first b * BLOCK thinnest pixels. A full prefix array would add a
     * third copy of the map to memory; a sampled one plus a short scan answers the same sums.
     */
    private final double[] blockPrefix;
    private final double total;
    private static final int BLOCK = 64;

    private StrippingAnalysis(ThicknessMap map) {
        this.map = map;
        this.sorted = map.insideThicknessesMeters();
        ThicknessSort.sort(sorted);
        this.blockPrefix = new double[sorted.length / BLOCK + 1];
        double sum = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i % BLOCK == 0) {
                blockPrefix[i / BLOCK] = sum;
            }
            sum += sorted[i];
        }
        this.total = sum;
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
        return sorted.length;
    }

    /** Statistics of the map's thickness, from the sorted copy (no second sort). */
    public MapStatistics statistics() {
        return MapStatistics.ofSorted(sorted);
    }

    /** Total Li volume per electrode area before stripping, i.e. the mean thickness, m. */
    public double meanThicknessMeters() {
        return total / sorted.length;
    }

    /** The state after removing {@code depthMeters} from every pixel that still has Li. */
    public StrippingLevel atDepth(double depthMeters) {
        if (!(depthMeters >= 0) || Double.isNaN(depthMeters)) {
            throw new InputException("stripping depth must be >= 0, got " + depthMeters + " m");
        }
        int depleted = depletedCount(depthMeters);
        double stripped = prefixSum(depleted) + (double) (sorted.length - depleted) * depthMeters;
        return new StrippingLevel(depthMeters, Math.min(1.0, stripped / total),
                (double) (sorted.length - depleted) / sorted.length);
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
        int n = sorted.length;
        if (strippedFraction >= 1) {
            return sorted[n - 1];
        }
        // S(t_k) = prefix(k) + (n - k) t_k is nondecreasing in k; find the last vertex at or below target.
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (strippedAtVertex(mid) <= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int k = lo;
        if (strippedAtVertex(k) > target) {
            // Target below the first vertex: every pixel still has Li; S(h) = n h.
            return target / n;
        }
        // Between vertex k and k+1, the pixels k+1.. (n-k-1 of them) are being thinned together.
        double depth = sorted[k] + (target - strippedAtVertex(k)) / (n - k - 1);
        return Math.min(depth, sorted[n - 1]);
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
        int n = sorted.length;
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            if (sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        double[] d = new double[distinct + 1];
        double[] f = new double[distinct + 1];
        double[] a = new double[distinct + 1];
        a[0] = (double) (n - depletedCount(0.0)) / n;
        int j = 1;
        for (int i = 0; i < n; i++) {
            if (i == n - 1 || sorted[i + 1] != sorted[i]) {
                d[j] = sorted[i];
                f[j] = Math.min(1.0, strippedAtVertex(i) / total);
                a[j] = (double) (n - 1 - i) / n;
                j++;
            }
        }
        return new StrippingCurve(d, f, a);
    }

    /** Li stripped when the depth reaches the thickness of sorted pixel k: S(t_k) = prefix(k) + (n - k) t_k. */
    private double strippedAtVertex(int k) {
        return prefixSum(k) + (double) (sorted.length - k) * sorted[k];
    }

    /** Sum of the k thinnest pixels. */
    private double prefixSum(int k) {
        if (k == sorted.length) {
            return total;
        }
        int b = k / BLOCK;
        double s = blockPrefix[b];
        for (int i = b * BLOCK; i < k; i++) {
            s += sorted[i];
        }
        return s;
    }

    /** Number of pixels with thickness <= depth (depleted ones). */
    private int depletedCount(double depth) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= depth) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
