package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/** The filtered field must be bit-identical whatever number of threads JTransforms uses. */
class CorrelatedGaussianFieldThreadsTest {

    @Test
    void bitIdenticalOnOneAndSeveralThreads() {
        int before = ConcurrencyUtils.getNumberOfThreads();
        int size = 512; // above JTransforms' threshold for splitting 2D transforms across threads
        double[] one = new double[size * size];
        double[] four = new double[size * size];
        try {
            ConcurrencyUtils.setNumberOfThreads(1);
            CorrelatedGaussianField.fill(11, RandomStream.HETEROGENEITY, size, size, 10.0, one);
            ConcurrencyUtils.setNumberOfThreads(4);
            CorrelatedGaussianField.fill(11, RandomStream.HETEROGENEITY, size, size, 10.0, four);
        } finally {
            ConcurrencyUtils.setNumberOfThreads(before);
        }
        assertThat(four).isEqualTo(one);
    }
}
