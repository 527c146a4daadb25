package org.anodefree.current;

import static org.assertj.core.api.Assertions.assertThat;

import org.jtransforms.utils.CommonUtils;
import org.junit.jupiter.api.Test;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/** The same problem gives bit-identical output whether JTransforms runs on one thread or several. */
class ThreadDeterminismTest {

    private static double[][] solve(int threads, int height) {
        int before = ConcurrencyUtils.getNumberOfThreads();
        long threshold = CommonUtils.getThreadsBeginN_2D();
        try {
            ConcurrencyUtils.setNumberOfThreads(threads);
            CommonUtils.setThreadsBeginN_2D(threads > 1 ? 1 : Long.MAX_VALUE);
            double[] contact = CurrentProblem.toContact(Interfaces.islands(64, height, 0.5, 5, 17));
            CurrentProblem p = new CurrentProblem(64, height, 10e-6, contact, new ButlerVolmerKinetics(5, 0.4, 0.6, 298.15),
                    new Electrolyte(0.18, 300e-6), new Control.Galvanostatic(-12), 1);
            CurrentDistribution d = CurrentSolver.solve(p);
            return new double[][] {d.currentDensityAmpsPerM2(), d.interfacePotentialVolts(), {d.electrodePotentialVolts()}};
        } finally {
            ConcurrencyUtils.setNumberOfThreads(before);
            CommonUtils.setThreadsBeginN_2D(threshold);
        }
    }

    @Test
    void oneAndFourThreadsGiveIdenticalBits() {
        for (int height : new int[] {48, 64}) { // full and packed transform layouts
            double[][] one = solve(1, height);
            double[][] four = solve(4, height);
            for (int k = 0; k < one.length; k++) {
                assertThat(four[k]).containsExactly(one[k]);
            }
        }
    }
}
