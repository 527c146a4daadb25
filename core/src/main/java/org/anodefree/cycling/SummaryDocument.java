package org.anodefree.cycling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code summary.json} document shared by {@code anodefree analyze} (measured cells) and
 * {@code anodefree simulate} (simulated runs): {@code runs[]} with {@code seed}, {@code shortCircuit} and
 * {@code cycles[]}, and an ensemble {@code summary}. Built as plain maps and lists (NaN as {@code null}) so
 * that any JSON writer gives the same keys.
 *
 * <p>{@code endOfStripPolarization} is in millivolts, like {@code nucleationOverpotentialMillivolts};
 * {@code stripPolarized} is {@link CycleTable#polarized} as a boolean (null where not defined).
 */
public final class SummaryDocument {
    private SummaryDocument() {
    }

    /** One run: a measured file ({@code seed} null) or a simulated seed. */
    public record Run(String source, Long seed, CycleSummary summary) {
    }

    /** The whole document for a list of runs. */
    public static Map<String, Object> of(List<Run> runs) {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        for (Run r : runs) {
            list.add(run(r));
        }
        doc.put("runs", list);
        doc.put("summary", ensemble(runs));
        return doc;
    }

    static Map<String, Object> run(Run r) {
        Map<String, Object> m = new LinkedHashMap<>();
        CycleSummary s = r.summary();
        m.put("source", r.source());
        m.put("seed", r.seed());
        m.put("platingCurrentSign", s.platingSign().sign());
        m.put("electrodeAreaCm2", s.electrodeAreaM2() * 1e4);
        ShortCircuit sc = s.shortCircuit();
        Map<String, Object> shortMap = new LinkedHashMap<>();
        shortMap.put("occurred", sc.occurred());
        shortMap.put("cycle", sc.occurred() ? sc.cycle() : null);
        shortMap.put("step", sc.occurred() ? sc.step() : null);
        shortMap.put("timeHours", number(sc.timeHours()));
        shortMap.put("cumulativePlatedMilliampHoursPerCm2", number(sc.cumulativePlatedMilliampHoursPerCm2()));
        List<Object> evidence = new ArrayList<>();
        for (CyclingEvent e : sc.evidence()) {
            evidence.add(Map.of("kind", e.kind().name(), "row", e.row(), "timeHours", e.timeSeconds() / 3600,
                    "detail", e.detail()));
        }
        shortMap.put("evidence", evidence);
        m.put("shortCircuit", shortMap);
        List<Object> cycles = new ArrayList<>();
        for (CycleResult c : s.cycles()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("cycle", c.cycle());
            cm.put("platedMilliampHoursPerCm2", number(c.platedMilliampHoursPerCm2()));
            cm.put("strippedMilliampHoursPerCm2", number(c.strippedMilliampHoursPerCm2()));
            cm.put("coulombicEfficiency", number(c.coulombicEfficiency()));
            cm.put("cumulativePlatedMilliampHoursPerCm2", number(c.cumulativePlatedMilliampHoursPerCm2()));
            cm.put("nucleationOverpotentialMillivolts", number(c.nucleationOverpotentialMillivolts()));
            cm.put("endOfStripPolarization", number(c.endOfStripPolarizationMillivolts()));
            double polarized = CycleTable.polarized(c);
            cm.put("stripPolarized", Double.isNaN(polarized) ? null : polarized == 1);
            cm.put("platingPlateauVolts", number(c.platingPlateauVolts()));
            cm.put("strippingPlateauVolts", number(c.strippingPlateauVolts()));
            cm.put("minActiveAreaFraction", number(c.minActiveAreaFraction()));
            cycles.add(cm);
        }
        m.put("cycles", cycles);
        return m;
    }

    /**
     * Ensemble numbers. A run that did not short counts as shorting at +infinity, so the median short cycle
     * is defined (not null) only when at least half the runs shorted, and likewise for the quartiles.
     */
    static Map<String, Object> ensemble(List<Run> runs) {
        int n = runs.size();
        double[] cycles = new double[n];
        double[] plated = new double[n];
        double[] firstCe = new double[n];
        int shorted = 0;
        int ce = 0;
        for (int k = 0; k < n; k++) {
            ShortCircuit sc = runs.get(k).summary().shortCircuit();
            cycles[k] = sc.occurred() ? sc.cycle() : Double.POSITIVE_INFINITY;
            plated[k] = sc.occurred() ? sc.cumulativePlatedMilliampHoursPerCm2() : Double.POSITIVE_INFINITY;
            shorted += sc.occurred() ? 1 : 0;
            List<CycleResult> cs = runs.get(k).summary().cycles();
            if (!cs.isEmpty() && Double.isFinite(cs.get(0).coulombicEfficiency())) {
                firstCe[ce++] = cs.get(0).coulombicEfficiency();
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", n);
        m.put("shortedFraction", n == 0 ? null : (double) shorted / n);
        m.put("shortCycleMedian", number(quantile(cycles, n, 0.5)));
        m.put("shortCycleQuartiles", Arrays.asList(number(quantile(cycles, n, 0.25)),
                number(quantile(cycles, n, 0.75))));
        m.put("cumulativePlatedAtShortMedianMilliampHoursPerCm2", number(quantile(plated, n, 0.5)));
        m.put("firstCycleCoulombicEfficiencyMedian", number(quantile(firstCe, ce, 0.5)));
        return m;
    }

    /** Linear-interpolation quantile (type 7) of the first {@code n} values; NaN when empty or infinite. */
    static double quantile(double[] values, int n, double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(n - 1, lo + 1);
        if (Double.isInfinite(v[lo]) || (h > lo && Double.isInfinite(v[hi]))) {
            return Double.NaN;
        }
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }

    private static Double number(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
