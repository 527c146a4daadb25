package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.WeibullDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class WeibullThresholdsTest {

    @Test
    void drawsFollowTheWeibullLawAndAreBitIdenticalForASeed() {
        WeibullThresholds law = new WeibullThresholds(20.0, 3.0);
        double[] a = new double[20_000];
        double[] b = new double[20_000];
        law.fill(99, RandomStream.FILAMENT_THRESHOLD, a);
        law.fill(99, RandomStream.FILAMENT_THRESHOLD, b);
        assertThat(b).isEqualTo(a);
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new WeibullDistribution(3.0, 20.0), a);
        assertThat(p).isGreaterThan(1e-3);
        double[] v = new double[20_000];
        law.fill(99, RandomStream.VOID_THRESHOLD, v);
        assertThat(v).isNotEqualTo(a); // streams are independent
    }

    @Test
    void weakestLinkScalingReproducesTheCellLevelLaw() {
        double shape = 2.5;
        double cellScale = 10.0;
        int pixels = 400;
        double pixelScale = WeibullThresholds.pixelScale(cellScale, shape, pixels, 1.0);
        assertThat(pixelScale).isCloseTo(cellScale * Math.pow(400, 1 / 2.5), within(1e-12));
        WeibullThresholds law = new WeibullThresholds(pixelScale, shape);
        int trials = 2000;
        double[] weakest = new double[trials];
        double[] cell = new double[pixels];
        for (int t = 0; t < trials; t++) {
            law.fill(t, RandomStream.FILAMENT_THRESHOLD, cell);
            weakest[t] = Arrays.stream(cell).min().orElseThrow();
        }
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new WeibullDistribution(shape, cellScale), weakest);
        assertThat(p).isGreaterThan(1e-3);
    }

    @Test
    void noOpLawNeverTriggers() {
        double[] out = new double[4];
        new ThresholdField.None().fill(1, RandomStream.VOID_THRESHOLD, out);
        assertThat(out).containsOnly(Double.POSITIVE_INFINITY);
    }
}
