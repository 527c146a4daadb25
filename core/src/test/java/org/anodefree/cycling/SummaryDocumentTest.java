package org.anodefree.cycling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryDocumentTest {

    @Test
    void keysAreTheSimulatorsAndNaNIsNull() {
        SyntheticHalfCell cell = new SyntheticHalfCell();
        cell.shortCycle = 2;
        CycleSummary shorted = CycleAnalysis.analyze(cell.build(3), SyntheticHalfCell.AREA_M2, PlatingSign.NEGATIVE);
        CycleSummary fine = CycleAnalysis.analyze(new SyntheticHalfCell().build(3), SyntheticHalfCell.AREA_M2,
                PlatingSign.NEGATIVE);
        Map<String, Object> doc = SummaryDocument.of(List.of(new SummaryDocument.Run("a", 1L, shorted),
                new SummaryDocument.Run("b", 2L, fine)));
        @SuppressWarnings("unchecked")
        Map<String, Object> run = (Map<String, Object>) ((List<?>) doc.get("runs")).get(0);
        assertThat(run).containsKeys("seed", "shortCircuit", "cycles");
        @SuppressWarnings("unchecked")
        Map<String, Object> sc = (Map<String, Object>) run.get("shortCircuit");
        assertThat(sc).containsKeys("occurred", "cycle", "step", "timeHours", "cumulativePlatedMilliampHoursPerCm2");
        assertThat(sc.get("cycle")).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> c1 = (Map<String, Object>) ((List<?>) run.get("cycles")).get(0);
        assertThat(c1).containsKeys("cycle", "platedMilliampHoursPerCm2", "strippedMilliampHoursPerCm2",
                "coulombicEfficiency", "nucleationOverpotentialMillivolts", "endOfStripPolarization",
                "minActiveAreaFraction", "stripPolarized");
        assertThat(c1.get("minActiveAreaFraction")).isNull();
        assertThat(c1.get("stripPolarized")).isEqualTo(true); // the synthetic strip rises to its 1 V cutoff
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) doc.get("summary");
        assertThat(summary.get("runs")).isEqualTo(2);
        assertThat(summary.get("shortedFraction")).isEqualTo(0.5);
        // One of two runs shorted: the median is (2 + inf) / 2, not defined.
        assertThat(summary.get("shortCycleMedian")).isNull();
        assertThat((List<?>) summary.get("shortCycleQuartiles")).hasSize(2).containsOnlyNulls(); // interpolates towards +inf
        assertThat((Double) summary.get("firstCycleCoulombicEfficiencyMedian")).isEqualTo(0.9, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void simulatorActiveAreaFractionsReachTheDocument() {
        CycleSummary s = CycleAnalysis.analyze(new SyntheticHalfCell().build(2), SyntheticHalfCell.AREA_M2,
                PlatingSign.NEGATIVE).withMinActiveAreaFractions(new double[] {0.8, 0.6});
        Map<String, Object> doc = SummaryDocument.of(List.of(new SummaryDocument.Run("sim", 7L, s)));
        @SuppressWarnings("unchecked")
        Map<String, Object> run = (Map<String, Object>) ((List<?>) doc.get("runs")).get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cycles = (List<Map<String, Object>>) run.get("cycles");
        assertThat(cycles).extracting(c -> c.get("minActiveAreaFraction")).containsExactly(0.8, 0.6);
        assertThat(run.get("seed")).isEqualTo(7L);
    }

    @Test
    void quantilesOfAllShortedRuns() {
        double[] v = {4, 1, 3, 2};
        assertThat(SummaryDocument.quantile(v, 4, 0.5)).isEqualTo(2.5);
        assertThat(SummaryDocument.quantile(v, 4, 0.25)).isEqualTo(1.75);
        assertThat(SummaryDocument.quantile(new double[] {1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, 3,
                0.5)).isNaN();
        assertThat(SummaryDocument.quantile(new ArrayList<Double>().stream().mapToDouble(x -> x).toArray(), 0, 0.5))
                .isNaN();
    }
}
