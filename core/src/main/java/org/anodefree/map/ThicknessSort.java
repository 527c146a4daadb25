package org.anodefree.map;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Sorts non-negative doubles in place, fast: one in-place most-significant-digit radix pass on the
 * IEEE-754 bit patterns (American flag sort; McIlroy, Bostic and McIlroy, Computing Systems 6, 5,
 * 1993), then a comparison sort inside each of up to 65536 buckets, the buckets in parallel.
 *
 * <p>Written here because the JDK's sort of a 16-million-pixel map takes seconds and allocates a
 * second copy when run in parallel, while this needs only two small count tables. For non-negative
 * doubles the bit pattern, read as a long, orders exactly as the value, so the result equals
 * {@link Arrays#sort(double[])} bit for bit, whatever the thread count.
 */
final class ThicknessSort {
    private static final int DIGIT_BITS = 16;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int SMALL = 1 << 12;

    private ThicknessSort() {
    }

    /** Sorts {@code a}, whose values must all be non-negative (+0.0, not -0.0) and not NaN. */
    static void sort(double[] a) {
        int n = a.length;
        if (n < SMALL) {
            Arrays.sort(a);
            return;
        }
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (double v : a) {
            long k = Double.doubleToRawLongBits(v);
            lo = Math.min(lo, k);
            hi = Math.max(hi, k);
        }
        if (lo == hi) {
            return;
        }
        // Shift so that (key - lo) >>> shift fits in DIGIT_BITS bits.
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(hi - lo) - DIGIT_BITS);
        int[] start = new int[BUCKETS + 1];
        for (double v : a) {
            start[digit(v, lo, shift) + 1]++;
        }
        for (int b = 0; b < BUCKETS; b++) {
            start[b + 1] += start[b];
        }
        int[] next = Arrays.copyOf(start, BUCKETS);
        for (int b = 0; b < BUCKETS; b++) {
            int end = start[b + 1];
            while (next[b] < end) {
                double v = a[next[b]];
                int d = digit(v, lo, shift);
                while (d != b) {
                    // Put v where its bucket fills next and pick up what was there.
                    double displaced = a[next[d]];
                    a[next[d]++] = v;
                    v = displaced;
                    d = digit(v, lo, shift);
                }
                a[next[b]++] = v;
            }
        }
        IntStream.range(0, BUCKETS).parallel().forEach(b -> {
            if (start[b + 1] - start[b] > 1) {
                Arrays.sort(a, start[b], start[b + 1]);
            }
        });
    }

    private static int digit(double v, long lo, int shift) {
        return (int) ((Double.doubleToRawLongBits(v) - lo) >>> shift);
    }
}
