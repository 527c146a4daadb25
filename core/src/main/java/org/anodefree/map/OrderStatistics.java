package org.anodefree.map;

import java.util.Arrays;

/**
 * Order statistics of a set of thicknesses, answered exactly but sorted only where asked: the
 * values are radix-partitioned into small leaves ({@link ThicknessSort#leaves}) that are in order
 * with one another, each leaf's sum and minimum are kept, and a leaf is sorted the first time a
 * question reaches inside it. A stripping analysis asks a few thousand questions of 16 million
 * values, so it sorts a few thousand leaves of about a thousand values, not the whole map.
 */
final class OrderStatistics {
    private final double[] values;
    private final int[] leafStart;
    private final double[] leafPrefix;
    private final double[] leafMin;
    /** Whether every value of the leaf is the same (then a leaf may be large, and sums inside it are products). */
    private final boolean[] leafUniform;
    private final boolean[] leafSorted;
    private final double total;

    /** Takes ownership of {@code values} (non-negative, no NaN) and partitions them in place. */
    OrderStatistics(double[] values) {
        this.values = values;
        this.leafStart = ThicknessSort.leaves(values);
        int leaves = leafStart.length - 1;
        this.leafPrefix = new double[leaves + 1];
        this.leafMin = new double[leaves];
        this.leafUniform = new boolean[leaves];
        this.leafSorted = new boolean[leaves];
        double sum = 0;
        for (int l = 0; l < leaves; l++) {
            leafPrefix[l] = sum;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = leafStart[l]; i < leafStart[l + 1]; i++) {
                sum += values[i];
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
            leafMin[l] = min;
            leafUniform[l] = min == max;
            leafSorted[l] = min == max;
        }
        leafPrefix[leaves] = sum;
        this.total = sum;
    }

    int size() {
        return values.length;
    }

    /** Sum of all values. */
    double total() {
        return total;
    }

    /** The k-th smallest value, k from 0. */
    double value(int k) {
        ensureSorted(leafOf(k));
        return values[k];
    }

    /** Sum of the k smallest values, k from 0 to size. */
    double prefixSum(int k) {
        if (k == values.length) {
            return total;
        }
        int l = leafOf(k);
        double s = leafPrefix[l];
        if (leafUniform[l]) {
            return s + (k - leafStart[l]) * leafMin[l];
        }
        if (k > leafStart[l]) {
            ensureSorted(l);
            for (int i = leafStart[l]; i < k; i++) {
                s += values[i];
            }
        }
        return s;
    }

    /** How many values are at most {@code x}. */
    int countAtMost(double x) {
        // The last leaf whose minimum is <= x holds the boundary; every leaf before it counts whole.
        int lo = -1;
        int hi = leafMin.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (leafMin[mid] <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo < 0) {
            return 0;
        }
        ensureSorted(lo);
        int from = leafStart[lo];
        int to = leafStart[lo + 1];
        while (from < to) {
            int mid = (from + to) >>> 1;
            if (values[mid] <= x) {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        return from;
    }

    /**
     * The largest k in [0, size) with f(k) <= target, for a function f(k) of the k-th smallest value
     * and the sum below it that is nondecreasing in k; -1 if f(0) > target.
     */
    int lastAtMost(VertexFunction f, double target) {
        // Leaf level first: at a leaf's start the k-th value is the leaf minimum, known without sorting.
        int lo = -1;
        int hi = leafMin.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (f.at(leafStart[mid], leafMin[mid], leafPrefix[mid]) <= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo < 0) {
            return -1;
        }
        ensureSorted(lo);
        int k = leafStart[lo];
        double prefix = leafPrefix[lo];
        int end = leafStart[lo + 1];
        if (leafUniform[lo]) {
            // Sums inside a uniform leaf are products, so search it by halves (it may be huge).
            double v = leafMin[lo];
            int a = k;
            int b = end - 1;
            while (a < b) {
                int mid = (a + b + 1) >>> 1;
                if (f.at(mid, v, prefix + (mid - k) * v) <= target) {
                    a = mid;
                } else {
                    b = mid - 1;
                }
            }
            return a;
        }
        // Walk the leaf (under SMALL values) keeping the running sum, instead of re-summing per probe.
        while (k + 1 < end && f.at(k + 1, values[k + 1], prefix + values[k]) <= target) {
            prefix += values[k];
            k++;
        }
        return k;
    }

    /** A nondecreasing function of (k, k-th smallest value, sum of the k smallest). */
    @FunctionalInterface
    interface VertexFunction {
        double at(int k, double kthValue, double sumBelow);
    }

    /** Sorts every leaf, so that {@link #sortedView()} is fully sorted. */
    void sortAll() {
        for (int l = 0; l < leafSorted.length; l++) {
            ensureSorted(l);
        }
    }

    /** The values after {@link #sortAll()}: ascending. Not a copy; do not modify. */
    double[] sortedView() {
        sortAll();
        return values;
    }

    /** Sum of squared deviations from the mean (the order does not matter). */
    double sumOfSquaredDeviations() {
        double mean = total / values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return ss;
    }

    private int leafOf(int k) {
        int l = Arrays.binarySearch(leafStart, k);
        return l >= 0 ? Math.min(l, leafSorted.length - 1) : -l - 2;
    }

    private synchronized void ensureSorted(int l) {
        if (!leafSorted[l]) {
            ThicknessSort.sortLeaf(values, leafStart, l);
            leafSorted[l] = true;
        }
    }
}
