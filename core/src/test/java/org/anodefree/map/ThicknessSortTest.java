package org.anodefree.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ThicknessSortTest {
    @Property(tries = 30)
    void equalsTheJdkSortBitForBit(@ForAll @IntRange(min = 0, max = 60_000) int n, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 3) int shape) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = switch (shape) {
                case 0 -> r.nextDouble() * 50e-6;
                case 1 -> Math.exp(r.nextGaussian() * 3) * 1e-6;
                case 2 -> r.nextInt(5) * 1e-6; // many ties and zeros
                default -> r.nextDouble() < 0.3 ? 0.0 : Double.MIN_VALUE * r.nextInt(100) + r.nextDouble();
            };
        }
        double[] expected = a.clone();
        Arrays.sort(expected);
        ThicknessSort.sort(a);
        assertThat(a).isEqualTo(expected);
    }

    @Test
    void sortsAMillionLognormalValues() {
        SplittableRandom r = new SplittableRandom(1);
        double[] a = new double[1 << 20];
        for (int i = 0; i < a.length; i++) {
            a[i] = 25e-6 * Math.exp(0.4 * r.nextGaussian());
        }
        double[] expected = a.clone();
        Arrays.sort(expected);
        ThicknessSort.sort(a);
        assertThat(a).isEqualTo(expected);
    }
}
