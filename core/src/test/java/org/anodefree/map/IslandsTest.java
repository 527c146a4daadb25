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

    /** Reference: breadth-first flood fill, one island at a time. */
    private static double[] floodFillAreas(ThicknessMap m, double depth, boolean eight, boolean periodic) {
        int w = m.width();
        int h = m.height();
        boolean[] seen = new boolean[w * h];
        java.util.List<Double> areas = new java.util.ArrayList<>();
        int[] queue = new int[w * h];
        for (int s = 0; s < w * h; s++) {
            if (seen[s] || m.thicknessMeters(s) <= depth) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            seen[s] = true;
            while (head < tail) {
                int p = queue[head++];
                int r = p / w;
                int c = p % w;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        if ((dr == 0 && dc == 0) || (!eight && dr != 0 && dc != 0)) {
                            continue;
                        }
                        int rr = r + dr;
                        int cc = c + dc;
                        if (periodic) {
                            rr = (rr + h) % h;
                            cc = (cc + w) % w;
                        } else if (rr < 0 || rr >= h || cc < 0 || cc >= w) {
                            continue;
                        }
                        int q = rr * w + cc;
                        if (!seen[q] && m.thicknessMeters(q) > depth) {
                            seen[q] = true;
                            queue[tail++] = q;
                        }
                    }
                }
            }
            areas.add((double) tail);
        }
        return areas.stream().sorted(java.util.Comparator.reverseOrder()).mapToDouble(Double::doubleValue).toArray();
    }

    @Property(tries = 100)
    void labellingAgreesWithFloodFill(@ForAll @IntRange(min = 1, max = 30) int w, @ForAll @IntRange(min = 1, max = 30) int h,
            @ForAll @DoubleRange(min = 0.0, max = 0.9) double f, @ForAll long seed, @ForAll boolean eight,
            @ForAll boolean periodic) {
        ThicknessMap m = new SyntheticMap(w, h, 1e-6, 20e-6, 0.6, 0, 1.5e-6, ThicknessDistribution.LOGNORMAL, seed)
                .generate();
        double depth = StrippingAnalysis.of(m).atStrippedFraction(f).depthMeters();
        Islands islands = Islands.at(m, depth, eight ? Connectivity.EIGHT : Connectivity.FOUR, periodic);
        double[] pixels = java.util.Arrays.stream(islands.areasM2()).map(a -> Math.rint(a / 1e-12)).toArray();
        assertThat(pixels).containsExactly(floodFillAreas(m, depth, eight, periodic));
    }

    @Property(tries = 20)
    void labelsDoNotDependOnTheNumberOfBands(@ForAll @IntRange(min = 2, max = 9) int bands, @ForAll long seed,
            @ForAll boolean eight, @ForAll boolean periodic, @ForAll @DoubleRange(min = 0.3, max = 0.95) double f) {
        ThicknessMap m = new SyntheticMap(150, 140, 1e-6, 20e-6, 0.6, 0, 3e-6, ThicknessDistribution.LOGNORMAL, seed)
                .generate();
        double depth = StrippingAnalysis.of(m).atStrippedFraction(f).depthMeters();
        Connectivity c = eight ? Connectivity.EIGHT : Connectivity.FOUR;
        assertThat(Islands.at(m, depth, c, periodic, bands).labels()).isEqualTo(Islands.at(m, depth, c, periodic, 1).labels());
    }
}
