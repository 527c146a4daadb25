package org.anodefree.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Wilson's interval and the percentile bootstrap against published numbers and their invariants. */
class IntervalsTest {

    @Test
    void wilsonMatchesAHandComputation() {
        // 95% interval for 2 of 20, by hand: centre (0.1 + 1.96^2/40) / (1 + 1.96^2/20) = 0.16446, half-width
        // 1.96 / 1.19208 * sqrt(0.1 * 0.9 / 20 + 1.96^2 / 1600) = 0.13659, so (0.0279, 0.3010)
        BinomialInterval w = BinomialInterval.wilson(2, 20, 0.95);
        assertThat(w.low()).isCloseTo(0.0279, within(5e-4));
        assertThat(w.high()).isCloseTo(0.3010, within(5e-4));
        // none of 32 shorted: the interval still has width (the normal approximation would give [0, 0])
        BinomialInterval zero = BinomialInterval.wilson(0, 32, 0.9);
        assertThat(zero.low()).isZero();
        assertThat(zero.high()).isCloseTo(0.0779, within(5e-4)); // z^2 / (n + z^2) with z = 1.645
    }

    @Property(tries = 300)
    void wilsonHoldsTheProportionAndWidensWithCoverage(@ForAll @IntRange(min = 1, max = 200) int n,
            @ForAll @IntRange(min = 0, max = 200) int k0) {
        int k = Math.min(k0, n);
        BinomialInterval a = BinomialInterval.wilson(k, n, 0.8);
        BinomialInterval b = BinomialInterval.wilson(k, n, 0.95);
        assertThat(a.low()).isBetween(0.0, a.proportion() + 1e-12);
        assertThat(a.high()).isBetween(a.proportion() - 1e-12, 1.0);
        assertThat(b.low()).isLessThanOrEqualTo(a.low() + 1e-12);
        assertThat(b.high()).isGreaterThanOrEqualTo(a.high() - 1e-12);
    }

    @Test
    void bootstrapOfTheMedianCoversTheMedianAndIsReproducible() {
        double[] x = {3.1, 2.2, 5.0, 4.4, 1.9, 3.3, 2.8, 6.1, 3.9, 4.0, 2.5, 3.6};
        BootstrapInterval a = BootstrapInterval.of(x.length, idx -> median(x, idx), 0.9, 2000, 7);
        BootstrapInterval b = BootstrapInterval.of(x.length, idx -> median(x, idx), 0.9, 2000, 7);
        assertThat(a).isEqualTo(b);
        assertThat(a.estimate()).isEqualTo(3.45);
        assertThat(a.low()).isLessThan(a.estimate());
        assertThat(a.high()).isGreaterThan(a.estimate());
        assertThat(a.low()).isGreaterThanOrEqualTo(1.9);
        assertThat(a.high()).isLessThanOrEqualTo(6.1);
        // all members equal: a degenerate interval at that value
        BootstrapInterval flat = BootstrapInterval.of(5, idx -> 2.0, 0.9, 100, 1);
        assertThat(flat.low()).isEqualTo(2.0);
        assertThat(flat.high()).isEqualTo(2.0);
    }

    private static double median(double[] x, int[] idx) {
        double[] v = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            v[i] = x[idx[i]];
        }
        Arrays.sort(v);
        return Quantiles.medianOfSorted(v, v.length);
    }
}
