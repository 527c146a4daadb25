package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.anodefree.map.GaussianRandomField;
import org.junit.jupiter.api.Test;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/** The heterogeneity field (map.GaussianRandomField) must be bit-identical whatever number of threads JTransforms uses. */
class HeterogeneityThreadsTest {

    @Test
    void bitIdenticalOnOneAndSeveralThreads() {
        int before = ConcurrencyUtils.getNumberOfThreads();
        int size = 512; // above JTransforms' threshold for splitting 2D transforms across threads
        double[] one;
        double[] four;
        try {
            ConcurrencyUtils.setNumberOfThreads(1);
            one = GaussianRandomField.generate(size, size, 10.0, 11);
            ConcurrencyUtils.setNumberOfThreads(4);
            four = GaussianRandomField.generate(size, size, 10.0, 11);
        } finally {
            ConcurrencyUtils.setNumberOfThreads(before);
        }
        assertThat(four).isEqualTo(one);
    }
}
