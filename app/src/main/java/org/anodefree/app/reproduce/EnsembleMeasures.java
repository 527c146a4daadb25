package org.anodefree.app.reproduce;

import java.util.Arrays;
import org.anodefree.InputException;
import org.anodefree.app.simulate.Ensemble;
import org.anodefree.cycling.CycleResult;
import org.anodefree.cycling.CyclingEvent;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.ShortCircuit;
import org.anodefree.io.config.Experiment;

/** The per-run numbers {@link SimulationRunner} compares with the paper, measured on one simulated run. */
final class EnsembleMeasures {
    private EnsembleMeasures() {
    }

    static double measure(Ensemble.Member m, String quantity, Experiment e) {
        return switch (quantity) {
            case "plateau_mV" -> 1000 * plateauVolts(m.result().record());
            case "nucleation_dip_mV" -> 1000 * (plateauVolts(m.result().record()) - lowestBeforePlateau(m.result().record()));
            case "short_capacity_mAh_per_cm2" -> shortCapacity(m);
            case "plated_first_step_mAh_per_cm2" -> m.summary().cycles().isEmpty() ? 0
                    : m.summary().cycles().get(0).platedMilliampHoursPerCm2();
            case "thickness_cv" -> thicknessCv(m);
            case "first_cycle_ce_percent" -> m.summary().cycles().isEmpty() ? Double.NaN
                    : 100 * m.summary().cycles().get(0).coulombicEfficiency();
            case "short_cycle" -> m.summary().shortCircuit().occurred() ? m.summary().shortCircuit().cycle()
                    : m.summary().cycles().size() + 1;
            default -> quantity.startsWith(MEAN_CE) ? meanCe(m, quantity, e)
                    : unknown(quantity, e);
        };
    }

    private static final String MEAN_CE = "mean_ce_percent_";

    private static double unknown(String quantity, Experiment e) {
        throw new InputException(e.file() + ": unknown quantity '" + quantity + "' for kind simulate");
    }

    /**
     * {@code mean_ce_percent_<from>_<to>} ({@code to} may be {@code end}): mean Coulombic efficiency over
     * those cycles, counting only cycles that completed their strip before any short (NaN if none did).
     */
    private static double meanCe(Ensemble.Member m, String quantity, Experiment e) {
        String[] parts = quantity.substring(MEAN_CE.length()).split("_");
        int from;
        int to;
        try {
            from = Integer.parseInt(parts[0]);
            to = parts.length == 2 && parts[1].equals("end") ? Integer.MAX_VALUE : Integer.parseInt(parts[1]);
        } catch (RuntimeException bad) {
            throw new InputException(e.file() + ": quantity '" + quantity + "': expected mean_ce_percent_<first>_<last>"
                    + " with cycle numbers (last may be 'end'), e.g. mean_ce_percent_2_8");
        }
        double sum = 0;
        int n = 0;
        for (CycleResult c : m.summary().cycles()) {
            if (c.cycle() >= from && c.cycle() <= to && Double.isFinite(c.coulombicEfficiency())
                    && c.strippedMilliampHoursPerCm2() > 0) {
                sum += c.coulombicEfficiency();
                n++;
            }
        }
        return n == 0 ? Double.NaN : 100 * sum / n;
    }

    /** Rows of the first step up to the short (or the step's end). */
    private static int[] firstStepRows(CyclingRecord r) {
        int[] step = r.column(org.anodefree.cycling.BdfColumns.STEP_COUNT).ints();
        int end = 0;
        while (end < r.rows() && step[end] == step[0]) {
            end++;
        }
        for (CyclingEvent ev : r.events()) {
            if (ev.kind() == CyclingEvent.Kind.SHORT_CIRCUIT) {
                end = Math.min(end, ev.row());
            }
        }
        return new int[] {0, end};
    }

    /** Median voltage of the first step from a quarter of its (pre-short) duration on. */
    static double plateauVolts(CyclingRecord r) {
        int[] rows = firstStepRows(r);
        double[] t = r.timeSeconds();
        double[] v = r.voltageVolts();
        double from = t[rows[0]] + 0.25 * (t[Math.max(rows[0], rows[1] - 1)] - t[rows[0]]);
        double[] sel = new double[rows[1] - rows[0]];
        int n = 0;
        for (int i = rows[0]; i < rows[1]; i++) {
            if (t[i] >= from) {
                sel[n++] = v[i];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double[] s = Arrays.copyOf(sel, n);
        Arrays.sort(s);
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    private static double lowestBeforePlateau(CyclingRecord r) {
        int[] rows = firstStepRows(r);
        double low = Double.POSITIVE_INFINITY;
        for (int i = rows[0]; i < rows[1]; i++) {
            low = Math.min(low, r.voltageVolts()[i]);
        }
        return low;
    }

    private static double shortCapacity(Ensemble.Member m) {
        ShortCircuit sc = m.summary().shortCircuit();
        if (sc.occurred()) {
            return sc.cumulativePlatedMilliampHoursPerCm2();
        }
        double total = 0;
        for (CycleResult c : m.summary().cycles()) {
            total += c.platedMilliampHoursPerCm2();
        }
        return total;
    }

    private static double thicknessCv(Ensemble.Member m) {
        if (m.firstPlatingEnd() == null) {
            return Double.NaN;
        }
        double[] h = m.firstPlatingEnd().thicknessMeters();
        double mean = 0;
        for (double x : h) {
            mean += x;
        }
        mean /= h.length;
        double var = 0;
        for (double x : h) {
            var += (x - mean) * (x - mean);
        }
        return Math.sqrt(var / h.length) / mean;
    }
}
