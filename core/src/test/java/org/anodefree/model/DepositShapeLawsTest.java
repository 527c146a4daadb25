package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DepositShapeLawsTest {

    @Test
    void feedbackIsOneAtTheMeanAndGrowsWithThickness() {
        ThicknessContactFeedback f = new ThicknessContactFeedback(0.5);
        assertThat(f.factor(10e-6, 10e-6)).isEqualTo(1.0);
        assertThat(f.factor(15e-6, 10e-6)).isCloseTo(1 + 0.5 * Math.tanh(0.5), within(1e-12));
        assertThat(f.factor(0.0, 10e-6)).isCloseTo(1 - 0.5 * Math.tanh(1.0), within(1e-12));
        assertThat(f.factor(1.0, 10e-6)).isLessThanOrEqualTo(1.5); // bounded: contact cannot exceed full contact
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ThicknessContactFeedback(1.0))
                .isInstanceOf(org.anodefree.InputException.class);
        assertThat(f.factor(5e-6, 0.0)).isEqualTo(1.0); // nothing plated yet
        assertThat(new ContactFeedback.None().factor(1, 2)).isEqualTo(1.0);
    }

    @Test
    void flatteningDecaysDeviationsExponentiallyAndIgnoresBarePixels() {
        CreepFlattening c = new CreepFlattening(100.0, 15e6, 15e6, 6.6);
        double[] h = {1e-6, 3e-6, 0.0, 8e-6};
        boolean[] li = {true, true, false, true};
        c.relax(h, li, 100.0);
        double keep = Math.exp(-1);
        assertThat(h[0]).isCloseTo(4e-6 + (1e-6 - 4e-6) * keep, within(1e-18));
        assertThat(h[1]).isCloseTo(4e-6 + (3e-6 - 4e-6) * keep, within(1e-18));
        assertThat(h[2]).isZero();
        assertThat(h[3]).isCloseTo(4e-6 + (8e-6 - 4e-6) * keep, within(1e-18));
    }

    @Test
    void relaxationTimeScalesWithPressureToTheCreepExponent() {
        assertThat(new CreepFlattening(100, 15e6, 15e6, 6.6).relaxationTimeSeconds()).isEqualTo(100.0);
        assertThat(new CreepFlattening(100, 15e6, 6e6, 6.6).relaxationTimeSeconds())
                .isCloseTo(100 * Math.pow(2.5, 6.6), within(1e-6));
        assertThat(new CreepFlattening(100, 15e6, 0, 6.6).relaxationTimeSeconds()).isInfinite();
        double[] h = {1e-6, 2e-6};
        new CreepFlattening(100, 15e6, 0, 6.6).relax(h, new boolean[] {true, true}, 1e9);
        assertThat(h).containsExactly(1e-6, 2e-6);
    }

    /** Li is moved, never made: the total over Li-holding pixels is conserved, and nothing goes negative. */
    @Property(tries = 300)
    void conservesLithium(@ForAll @Size(min = 1, max = 50) java.util.List<@DoubleRange(min = 0, max = 100) Double> micrometers,
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double dt) {
        double[] h = micrometers.stream().mapToDouble(um -> um * 1e-6).toArray();
        boolean[] li = new boolean[h.length];
        double before = 0;
        for (int i = 0; i < h.length; i++) {
            li[i] = h[i] > 2e-5;
            before += li[i] ? h[i] : 0;
        }
        new CreepFlattening(3600, 15e6, 15e6, 6.6).relax(h, li, dt);
        double after = 0;
        for (int i = 0; i < h.length; i++) {
            assertThat(h[i]).isGreaterThanOrEqualTo(0.0);
            after += li[i] ? h[i] : 0;
        }
        assertThat(after).isCloseTo(before, within(1e-12 * Math.max(before, 1e-30) + 1e-25));
    }
}
