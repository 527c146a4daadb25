package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.anodefree.grid.PixelGrid;
import org.junit.jupiter.api.Test;

/** Exact cases of island growth: an edge crosses a pixel once the island has thickened by width / kappa. */
class IslandGrowthSpreadTest {
    private static final double PIXEL = 10e-6;
    private static final double WET = 1e-9;

    private static double[] plateCentre(DepositSpreading.Spread spread, double[] h, boolean[] li, double step, int steps) {
        double[] dh = new double[9];
        for (int k = 0; k < steps; k++) {
            Arrays.fill(dh, 0);
            dh[4] = step;
            h[4] += step;
            spread.spread(dh, h, li);
        }
        return h;
    }

    private static boolean[] onlyCentre() {
        boolean[] li = new boolean[9];
        li[4] = true;
        return li;
    }

    @Test
    void theFourNeighboursAreCoveredWhenTheIslandHasThickenedByTheirWidthOverKappa() {
        double kappa = 20;
        DepositSpreading.Spread spread = new IslandGrowth(kappa, WET).start(PixelGrid.square(3, PIXEL));
        double[] h = new double[9];
        h[4] = 1e-6;
        boolean[] li = onlyCentre();
        // width / kappa = 0.5 um; 49 steps of 0.01 um fall short, the 50th crosses
        plateCentre(spread, h, li, 0.01e-6, 49);
        assertThat(li).containsExactly(false, false, false, false, true, false, false, false, false);
        plateCentre(spread, h, li, 0.01e-6, 2);
        assertThat(li).containsExactly(false, true, false, true, true, true, false, true, false);
    }

    @Test
    void spreadingMovesLiAndNeverMakesIt() {
        DepositSpreading.Spread spread = new IslandGrowth(50, WET).start(PixelGrid.square(3, PIXEL));
        double[] h = new double[9];
        h[4] = 1e-6;
        boolean[] li = onlyCentre();
        plateCentre(spread, h, li, 0.05e-6, 20);
        assertThat(Arrays.stream(h).sum()).isCloseTo(1e-6 + 20 * 0.05e-6, within(1e-18));
        assertThat(li[0]).as("a diagonal pixel spreads only from its own 4-neighbours, which plated nothing").isFalse();
    }

    @Test
    void kappaZeroAndTheNoOpLawLeaveBareCopperBare() {
        for (DepositSpreading law : new DepositSpreading[] {new IslandGrowth(0, WET), new DepositSpreading.None()}) {
            DepositSpreading.Spread spread = law.start(PixelGrid.square(3, PIXEL));
            double[] h = new double[9];
            h[4] = 1e-6;
            boolean[] li = onlyCentre();
            plateCentre(spread, h, li, 0.1e-6, 100);
            assertThat(li).containsExactly(false, false, false, false, true, false, false, false, false);
        }
    }
}
