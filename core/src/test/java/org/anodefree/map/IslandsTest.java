package org.anodefree.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IslandsTest {
    private static ThicknessMap grid(String... rows) {
        int h = rows.length;
        int w = rows[0].length();
        double[] t = new double[w * h];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                t[r * w + c] = (rows[r].charAt(c) - '0') * 1e-6;
            }
        }
        return ThicknessMap.of(w, h, 1e-6, t);
    }

    @Test
    void diagonalNeighboursJoinOnlyWithEightConnectivity() {
        ThicknessMap m = grid(
                "10000",
                "01000",
                "00011",
                "00011");
        assertThat(Islands.at(m, 0.0, Connectivity.EIGHT, false).count()).isEqualTo(2);
        assertThat(Islands.at(m, 0.0, Connectivity.FOUR, false).count()).isEqualTo(3);
    }

    @Test
    void periodicMapsJoinAcrossTheEdges() {
        ThicknessMap m = grid(
                "1001",
                "0000",
                "0000",
                "1001");
        assertThat(Islands.at(m, 0.0, Connectivity.FOUR, false).count()).isEqualTo(4);
        assertThat(Islands.at(m, 0.0, Connectivity.FOUR, true).count()).isEqualTo(1);
    }

    @Test
    void statisticsCountAreasAndSmallIslandCapacity() {
        ThicknessMap m = grid(
                "3300",
                "3300",
                "0001");
        Islands islands = Islands.at(m, 0.0);
        IslandStatistics s = islands.statistics(2e-12);
        assertThat(s.count()).isEqualTo(2);
        assertThat(s.largestAreaM2()).isCloseTo(4e-12, within(1e-24));
        assertThat(s.smallCount()).isEqualTo(1);
        assertThat(s.smallCapacityShare()).isCloseTo(1.0 / 13.0, within(1e-12));
        assertThat(islands.labelAt(0)).isEqualTo(1);
        assertThat(islands.labelAt(11)).isEqualTo(2);
        // Stripping 1 um removes the small island and thins the big one.
        assertThat(Islands.at(m, 1e-6).statistics(0).count()).isEqualTo(1);
    }

    @Property(tries = 60)
    void islandAreasSumToTheActiveArea(@ForAll @IntRange(min = 4, max = 40) int n,
            @ForAll @DoubleRange(min = 0.0, max = 0.95) double f, @ForAll long seed,
            @ForAll boolean eight, @ForAll boolean periodic) {
        ThicknessMap m = new SyntheticMap(n, n, 1e-6, 20e-6, 0.5, 0, 2e-6, ThicknessDistribution.LOGNORMAL, seed)
                .generate();
        StrippingLevel level = StrippingAnalysis.of(m).atStrippedFraction(f);
        Islands islands = Islands.at(m, level.depthMeters(), eight ? Connectivity.EIGHT : Connectivity.FOUR, periodic);
        double sum = 0;
        for (double a : islands.areasM2()) {
            sum += a;
        }
        assertThat(sum / m.areaM2()).isCloseTo(level.activeFraction(), within(1e-12));
        assertThat(islands.statistics(0).activeFraction()).isCloseTo(level.activeFraction(), within(1e-12));
    }
}
