package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CellEquivalentWeakSitesTest {
    private static final double CELL_AREA = Math.PI * 0.25e-4; // 10 mm disc
    private static final double PIXEL_AREA = 1e-10;            // 10 um pixels

    /**
     * The patch must stand for the electrode: its weakest threshold should follow the electrode's
     * Weibull law (scale 20 A/m2, shape 3), not the 5.8x stronger law of a 0.64 mm patch alone.
     */
    @Test
    void theWeakestSiteOfAPatchFollowsTheWholeCellsLaw() {
        int n = 64 * 64;
        CellEquivalentWeakSites law = new CellEquivalentWeakSites(20, 3, CELL_AREA, PIXEL_AREA, n * PIXEL_AREA);
        WeibullThresholds patchOnly = new WeibullThresholds(
                WeibullThresholds.pixelScale(20, 3, CELL_AREA, PIXEL_AREA), 3);
        int seeds = 400;
        double[] weakest = new double[seeds];
        double[] weakestPatchOnly = new double[seeds];
        double[] t = new double[n];
        for (int s = 0; s < seeds; s++) {
            law.fill(s, RandomStream.FILAMENT_THRESHOLD, t);
            weakest[s] = Arrays.stream(t).min().orElseThrow();
            patchOnly.fill(s, RandomStream.FILAMENT_THRESHOLD, t);
            weakestPatchOnly[s] = Arrays.stream(t).min().orElseThrow();
        }
        Arrays.sort(weakest);
        Arrays.sort(weakestPatchOnly);
        double cellMedian = 20 * Math.cbrt(Math.log(2));
        assertThat(weakest[seeds / 2]).isBetween(0.9 * cellMedian, 1.1 * cellMedian);
        // the patch alone holds 0.52% of the electrode: its weakest site is (1/0.0052)^(1/3) = 5.8x stronger
        assertThat(weakestPatchOnly[seeds / 2]).isGreaterThan(4 * cellMedian);
        // the quartiles too (Weibull: s (ln(4/3))^(1/3) and s (ln 4)^(1/3))
        assertThat(weakest[seeds / 4]).isBetween(0.85 * 20 * Math.cbrt(Math.log(4 / 3.0)), 1.15 * 20 * Math.cbrt(Math.log(4 / 3.0)));
        assertThat(weakest[3 * seeds / 4]).isBetween(0.9 * 20 * Math.cbrt(Math.log(4)), 1.1 * 20 * Math.cbrt(Math.log(4)));
    }

    @Test
    void aPatchAsLargeAsTheCellGetsNoExtraSitesAndDrawsAreReproducible() {
        int n = 16 * 16;
        CellEquivalentWeakSites whole = new CellEquivalentWeakSites(20, 3, n * PIXEL_AREA, PIXEL_AREA, n * PIXEL_AREA);
        double[] a = new double[n];
        double[] b = new double[n];
        whole.fill(7, RandomStream.FILAMENT_THRESHOLD, a);
        new WeibullThresholds(WeibullThresholds.pixelScale(20, 3, n * PIXEL_AREA, PIXEL_AREA), 3)
                .fill(7, RandomStream.FILAMENT_THRESHOLD, b);
        assertThat(a).containsExactly(b);
        CellEquivalentWeakSites law = new CellEquivalentWeakSites(20, 3, CELL_AREA, PIXEL_AREA, n * PIXEL_AREA);
        law.fill(7, RandomStream.FILAMENT_THRESHOLD, a);
        law.fill(7, RandomStream.FILAMENT_THRESHOLD, b);
        assertThat(a).containsExactly(b);
    }
}
