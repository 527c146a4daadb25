package org.anodefree.map;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Sorts non-negative doubles in place, fast: in-place most-significant-digit radix passes on the
 * IEEE-754 bit patterns, 8 bits at a time (American flag sort; McIlroy, Bostic and McIlroy,
 * Computing Systems 6, 5, 1993), down to ranges small enough for a comparison sort; the 256
 * top-level buckets are finished in parallel.
 *
 * <p>Written here because the JDK's sort of a 16-million-pixel map takes seconds and allocates a
 * second copy when run in parallel, while this needs only two small count tables. For non-negative
 * doubles the bit pattern, read as a long, orders exactly as the value, so the result equals
 * {@link Arrays#sort(double[])} bit for bit, whatever the thread count.
 */
final class ThicknessSort {
    private static final int DIGIT_BITS = 8;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int SMALL = 1 << 10;

    private ThicknessSort() {
    }

    /** Sorts {@code a}, whose values must all be non-negative (+0.0, not -0.0) and not NaN. */
    static void sort(double[] a) {
        int[] leaves = leaves(a);
        IntStream.range(0, leaves.length - 1).parallel().forEach(l -> sortLeaf(a, leaves, l));
    }

    /** Sorts leaf {@code l} of an array partitioned by {@link #leaves}. */
    static void sortLeaf(double[] a, int[] leaves, int l) {
        if (leaves[l + 1] - leaves[l] > 1) {
            Arrays.sort(a, leaves[l], leaves[l + 1]);
        }
    }

    /**
     * Partitions {@code a} in place into leaves: consecutive ranges, returned as their starts plus
     * the end ({@code a.length}), such that every value of a leaf is at most every value of the
     * leaves after it. A leaf holds fewer than {@value #SMALL} values or values that are all equal;
     * sorting each leaf on its own sorts the array. Callers that need only some order statistics
     * sort only the leaves they touch.
     */
    static int[] leaves(double[] a) {
        if (a.length < SMALL) {
            return a.length == 0 ? new int[] {0} : new int[] {0, a.length};
        }
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (double v : a) {
            long k = Double.doubleToRawLongBits(v);
            lo = Math.min(lo, k);
            hi = Math.max(hi, k);
        }
        if (lo == hi) {
            return new int[] {0, a.length};
        }
        long base = lo;
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(hi - lo) - DIGIT_BITS);
        int[] start = partition(a, 0, a.length, base, shift);
        // The buckets are disjoint ranges, so finishing them in parallel gives the same array as in sequence.
        int[][] perBucket = IntStream.range(0, BUCKETS).parallel().mapToObj(b -> {
            IntList out = new IntList();
            split(a, start[b], start[b + 1], base, shift, out);
            return out.toArray();
        }).toArray(int[][]::new);
        int count = 1;
        for (int[] p : perBucket) {
            count += p.length;
        }
        int[] leaves = new int[count];
        int k = 0;
        for (int[] p : perBucket) {
            System.arraycopy(p, 0, leaves, k, p.length);
            k += p.length;
        }
        leaves[k] = a.length;
        return leaves;
    }

    /** Splits a[from, to), whose keys agree with {@code lo} above bit {@code shift}, into leaves. */
    private static void split(double[] a, int from, int to, long lo, int shift, IntList leaves) {
        if (to == from) {
            return;
        }
        if (to - from < SMALL || shift == 0) {
            leaves.add(from);
            return;
        }
        // Keys in this range share the digit above shift; the next digit sits just below it.
        long base = lo + (((Double.doubleToRawLongBits(a[from]) - lo) >>> shift) << shift);
        int next = Math.max(0, shift - DIGIT_BITS);
        int[] start = partition(a, from, to, base, next);
        for (int b = 0; b < BUCKETS; b++) {
            split(a, start[b], start[b + 1], base, next, leaves);
        }
    }

    /** A growable list of ints, to avoid boxing a million leaf starts. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /**
     * Moves every value of a[from, to) into the bucket of its digit ((key - base) >>> shift, 8 bits),
     * in place, and returns the bucket starts (BUCKETS + 1 entries). With 256 buckets the writes go
     * to 256 sequential streams, which the caches follow; a wider digit would scatter them.
     */
    private static int[] partition(double[] a, int from, int to, long base, int shift) {
        int[] start = new int[BUCKETS + 1];
        for (int i = from; i < to; i++) {
            start[digit(a[i], base, shift) + 1]++;
        }
        start[0] = from;
        for (int b = 0; b < BUCKETS; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = Arrays.copyOf(start, BUCKETS);
        for (int b = 0; b < BUCKETS; b++) {
            int end = start[b + 1];
            while (fill[b] < end) {
                double v = a[fill[b]];
                int d = digit(v, base, shift);
                while (d != b) {
                    // Put v where its bucket fills next and pick up what was there.
                    double displaced = a[fill[d]];
                    a[fill[d]++] = v;
                    v = displaced;
                    d = digit(v, base, shift);
                }
                a[fill[b]++] = v;
            }
        }
        return start;
    }

    private static int digit(double v, long base, int shift) {
        return (int) ((Double.doubleToRawLongBits(v) - base) >>> shift) & (BUCKETS - 1);
    }
}
