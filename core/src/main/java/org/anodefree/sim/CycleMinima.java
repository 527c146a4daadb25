package org.anodefree.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-cycle bookkeeping of a run: the smallest active area fraction recorded while current flowed in each
 * cycle (NaN for a cycle with none), which the cycle analysis cannot recover from the voltage alone.
 */
final class CycleMinima implements RowListener {
    private final List<Double> minActive = new ArrayList<>();

    /** Makes room up to {@code cycle} (from 1), so cycles without rows show NaN. */
    void reach(long cycle) {
        while (minActive.size() < cycle) {
            minActive.add(Double.NaN);
        }
    }

    @Override
    public void row(Row r) {
        int c = (int) r.step().cycle() - 1;
        double m = minActive.get(c);
        if (r.externalAmpsPerM2() != 0 && (Double.isNaN(m) || r.activeAreaFraction() < m)) {
            minActive.set(c, r.activeAreaFraction());
        }
    }

    /** The minima, cycle 1 first. */
    double[] toArray() {
        double[] out = new double[minActive.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = minActive.get(i);
        }
        return out;
    }
}
