package org.anodefree.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The product-limit estimate against the textbook 6-MP data and its invariants. */
class KaplanMeierTest {

    /**
     * Freireich et al.'s 6-MP group (remission times in weeks, + censored; 21 patients), as tabulated with
     * its product-limit estimates and Greenwood standard errors by Klein and Moeschberger (Survival
     * Analysis, 2nd ed., Springer 2003, table 4.1B) and by Kalbfleisch and Prentice (2002, section 1.4).
     */
    @Test
    void freireichSixMpGroup() {
        double[] t = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
        boolean[] e = {true, true, true, false, true, false, true, false, false, true, true, false, false, false, true,
            true, false, false, false, false, false};
        KaplanMeier km = KaplanMeier.of(t, e);
        assertThat(km.eventTimes()).containsExactly(6, 7, 10, 13, 16, 22, 23);
        assertThat(km.atRisk()).containsExactly(21, 17, 15, 12, 11, 7, 6);
        double[] s = {0.8571, 0.8067, 0.7529, 0.6902, 0.6275, 0.5378, 0.4482};
        double[] se = {0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346};
        for (int i = 0; i < s.length; i++) {
            double ti = km.eventTimes()[i];
            assertThat(km.survival(ti)).as("S(" + ti + ")").isCloseTo(s[i], within(5e-5));
            assertThat(km.standardError(ti)).as("se(" + ti + ")").isCloseTo(se[i], within(5e-5));
        }
        assertThat(km.survival(5.9)).isEqualTo(1.0);
        assertThat(km.survival(30)).isCloseTo(0.4482, within(5e-5));
        assertThat(km.median()).isEqualTo(23);
        assertThat(km.eventCount()).isEqualTo(9);
        assertThat(km.lastTime()).isEqualTo(35);
        double[] band = km.band(13, 0.95);
        assertThat(band[0]).isLessThan(0.6902).isGreaterThan(0.4);
        assertThat(band[1]).isGreaterThan(0.6902).isLessThan(1.0);
    }

    @Test
    void aMedianNotReachedIsNaNAndTheLastTimeBoundsIt() {
        KaplanMeier km = KaplanMeier.of(new double[] {3, 20, 20, 20}, new boolean[] {true, false, false, false});
        assertThat(km.survival(10)).isEqualTo(0.75);
        assertThat(km.medianReached()).isFalse();
        assertThat(km.median()).isNaN();
        assertThat(km.lastTime()).isEqualTo(20);
    }

    @Property(tries = 300)
    void withoutCensoringItIsTheEmpiricalSurvivalFunctionAndAlwaysMonotone(
            @ForAll @Size(min = 1, max = 40) double[] raw, @ForAll @DoubleRange(min = 0, max = 100) double probe) {
        double[] t = Arrays.stream(raw).map(x -> Double.isFinite(x) ? Math.abs(x) % 100 : 1).toArray();
        boolean[] all = new boolean[t.length];
        Arrays.fill(all, true);
        KaplanMeier km = KaplanMeier.of(t, all);
        long survivors = Arrays.stream(t).filter(x -> x > probe).count();
        assertThat(km.survival(probe)).isCloseTo((double) survivors / t.length, within(1e-12));
        double[] s = km.survivalAtEvents();
        for (int i = 1; i < s.length; i++) {
            assertThat(s[i]).isLessThanOrEqualTo(s[i - 1]).isBetween(0.0, 1.0);
        }
    }
}
