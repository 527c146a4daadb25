package org.anodefree.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anodefree.InputException;
import org.anodefree.grid.PixelGrid;
import org.junit.jupiter.api.Test;

/** Exact reference cases of {@link IslandGrowth}: how many steps an edge takes to cross a pixel, conservation. */
class IslandGrowthTest {
    private static final double PIXEL = 10e-6;
    private static final double WETTING = 1e-9;
    private static final int W = 5;
    private static final int CENTRE = 2 * W + 2;

    /** One Li pixel in the middle of a bare 5 x 5 grid, 5 um thick. */
    private static double[] thickness() {
        double[] h = new double[W * W];
        h[CENTRE] = 5e-6;
        return h;
    }

    private static boolean[] lithium() {
        boolean[] li = new boolean[W * W];
        li[CENTRE] = true;
        return li;
    }

    /** Plates {@code dh} on every Li pixel and spreads, once. */
    private static void plate(DepositSpreading.Spread s, double dh, double[] h, boolean[] li) {
        double[] plated = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            if (li[i]) {
                plated[i] = dh;
                h[i] += dh;
            }
        }
        s.spread(plated, h, li);
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    @Test
    void theEdgeCrossesAPixelAfterExactlyPixelOverKappaOfGrowth() {
        // kappa = 2 and 1.5 um per step: the edge moves 2 * 1.5 / 10 = 0.3 pixel a step, 0.9 after three, 1.2 after four
        DepositSpreading.Spread s = new IslandGrowth(2, WETTING).start(PixelGrid.square(W, PIXEL));
        double[] h = thickness();
        boolean[] li = lithium();
        for (int step = 1; step <= 3; step++) {
            plate(s, 1.5e-6, h, li);
            assertEquals(1, count(li), "after step " + step + " only the centre holds Li");
        }
        plate(s, 1.5e-6, h, li);
        int[] neighbours = {CENTRE - W, CENTRE + W, CENTRE - 1, CENTRE + 1};
        for (int n : neighbours) {
            assertTrue(li[n], "neighbour " + n + " covered after the fourth step");
            assertEquals(WETTING, h[n], 0, "a covered pixel starts with the wetting thickness");
        }
        assertEquals(5, count(li), "diagonals stay bare: covered pixels spread only from the next step");
        assertEquals(5e-6 + 4 * 1.5e-6 - 4 * WETTING, h[CENTRE], 1e-18, "the wetting Li comes from the centre");
        assertEquals(5e-6 + 4 * 1.5e-6, sum(h), 1e-18, "Li is conserved");
    }

    @Test
    void zeroRatioAndTheNoneLawCoverNothing() {
        for (DepositSpreading law : new DepositSpreading[] {new IslandGrowth(0, WETTING), new DepositSpreading.None()}) {
            DepositSpreading.Spread s = law.start(PixelGrid.square(W, PIXEL));
            double[] h = thickness();
            boolean[] li = lithium();
            for (int step = 0; step < 20; step++) {
                plate(s, 1.5e-6, h, li);
            }
            assertEquals(1, count(li), law + " covered a pixel");
            double[] expected = thickness();
            expected[CENTRE] += 20 * 1.5e-6;
            assertArrayEquals(expected, h, 1e-20);
        }
    }

    @Test
    void rejectsANegativeRatioAndIsChosenByName() {
        assertThrows(InputException.class, () -> new IslandGrowth(-1, WETTING));
        assertTrue(ModelOptions.defaults().spreading().equals("island-growth"), "the default since issue 17");
        ModelOptions on = ModelOptions.defaults().with("spreading", "island-growth", "--set");
        assertEquals("island-growth", on.spreading());
        assertEquals(IslandGrowth.PARAMETERS,
                LawCatalog.law(LawCatalog.Mechanism.SPREADING, "island-growth").reads());
    }

    private static int count(boolean[] a) {
        int n = 0;
        for (boolean b : a) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
