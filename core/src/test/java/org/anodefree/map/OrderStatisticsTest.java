package org.anodefree.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class OrderStatisticsTest {
    private static double[] values(int n, long seed, int shape) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = switch (shape) {
                case 0 -> r.nextDouble() * 50e-6;
                case 1 -> Math.exp(r.nextGaussian() * 2) * 1e-6;
                default -> r.nextDouble() < 0.4 ? 0.0 : r.nextInt(4) * 1e-6; // big runs of equal values
            };
        }
        return a;
    }

    @Property(tries = 25)
    void answersLikeAFullySortedArray(@ForAll @IntRange(min = 1, max = 40_000) int n, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2) int shape) {
        double[] a = values(n, seed, shape);
        double[] sorted = a.clone();
        Arrays.sort(sorted);
        OrderStatistics o = new OrderStatistics(a);
        SplittableRandom r = new SplittableRandom(seed ^ 99);
        double total = Arrays.stream(sorted).sum();
        assertThat(o.total()).isCloseTo(total, within(1e-12 * (1 + total)));
        for (int q = 0; q < 50; q++) {
            int k = r.nextInt(n);
            assertThat(o.value(k)).isEqualTo(sorted[k]);
            double prefix = 0;
            for (int i = 0; i < k; i++) {
                prefix += sorted[i];
            }
            assertThat(o.prefixSum(k)).isCloseTo(prefix, within(1e-9 * (1 + total)));
            double x = sorted[r.nextInt(n)] + (r.nextBoolean() ? 0 : 1e-9);
            int count = 0;
            while (count < n && sorted[count] <= x) {
                count++;
            }
            assertThat(o.countAtMost(x)).isEqualTo(count);
        }
        assertThat(o.sortedView()).isEqualTo(sorted);
    }
}
