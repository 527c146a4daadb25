package org.anodefree.experiment;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CycleResult;
import org.anodefree.cycling.CyclingEvent;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.SegmentStatistics;
import org.anodefree.cycling.ShortCircuit;

/**
 * The one registry of what can be measured on a simulated run, by the names experiment checks use. Each
 * measure reads the run's cycle analysis ({@code cycling}, the same analysis a measured file gets) or its
 * thickness map ({@code map}); none computes a statistic of its own. A measure that times an event the run
 * did not reach (a short that never came) returns a censored observation: a lower bound, not a value.
 *
 * <ul>
 *   <li>{@code plateau_mV}: median voltage of the first step from a quarter of its duration to its end or
 *       the short, mV</li>
 *   <li>{@code nucleation_dip_mV}: the first plating's nucleation peak above the overpotential it recovers
 *       to (the cycle analysis's), mV</li>
 *   <li>{@code short_capacity_mAh_per_cm2}: plated up to the short; censored at everything plated</li>
 *   <li>{@code short_cycle}: the cycle the short happened in; censored at the cycles run + 1</li>
 *   <li>{@code shorted}: 1 if the run shorted, else 0 (its ensemble mean is {@code shorted_fraction})</li>
 *   <li>{@code plated_first_step_mAh_per_cm2}: cycle 1's plated charge</li>
 *   <li>{@code thickness_cv}: coefficient of variation of the Li thickness map at the end of the first plating</li>
 *   <li>{@code first_cycle_ce_percent}: cycle 1's Coulombic efficiency, %</li>
 *   <li>{@code mean_ce_percent_<first>_<last>}: mean CE over those cycles ({@code last} may be {@code end}),
 *       counting only cycles that completed their strip, %</li>
 * </ul>
 */
public final class Measures {
    /** The ensemble-level measure: the share of runs that shorted. */
    public static final String SHORTED_FRACTION = "shorted_fraction";

    private static final String MEAN_CE = "mean_ce_percent_";
    private static final List<String> NAMES = List.of("plateau_mV", "nucleation_dip_mV", "short_capacity_mAh_per_cm2",
            "short_cycle", "shorted", "plated_first_step_mAh_per_cm2", "thickness_cv", "first_cycle_ce_percent",
            MEAN_CE + "<first>_<last>", SHORTED_FRACTION);

    /**
     * One run's value.
     *
     * @param value the value (NaN when the run cannot give it)
     * @param censored true when the value is a lower bound: the event the measure times did not happen
     */
    public record Observation(double value, boolean censored) {
        static Observation of(double value) {
            return new Observation(value, false);
        }
    }

    /** A measure of one run. */
    @FunctionalInterface
    public interface Measure {
        Observation of(SimulatedRun run);
    }

    private Measures() {
    }

    /** The measure names, for help and error messages. */
    public static List<String> names() {
        return NAMES;
    }

    /** Whether the measure is of the ensemble as a whole rather than of each run. */
    public static boolean isEnsembleLevel(String quantity) {
        return SHORTED_FRACTION.equals(quantity);
    }

    /** The per-run measure of this name; {@code where} names the file or option for the error message. */
    public static Measure perRun(String quantity, String where) {
        return switch (quantity) {
            case "plateau_mV" -> r -> Observation.of(1000 * plateauVolts(r.result().record()));
            case "nucleation_dip_mV" -> r -> Observation.of(first(r) == null ? Double.NaN
                    : first(r).nucleationOverpotentialMillivolts());
            case "short_capacity_mAh_per_cm2" -> Measures::shortCapacity;
            case "short_cycle" -> r -> r.summary().shortCircuit().occurred()
                    ? Observation.of(r.summary().shortCircuit().cycle())
                    : new Observation(r.summary().cycles().size() + 1, true);
            case "shorted", SHORTED_FRACTION -> r -> Observation.of(r.shorted() ? 1 : 0);
            case "plated_first_step_mAh_per_cm2" -> r -> Observation.of(first(r) == null ? 0
                    : first(r).platedMilliampHoursPerCm2());
            case "thickness_cv" -> r -> Observation.of(r.firstPlatingEnd() == null ? Double.NaN
                    : r.firstPlatingEnd().thickness().statistics().coefficientOfVariation());
            case "first_cycle_ce_percent" -> r -> Observation.of(first(r) == null ? Double.NaN
                    : 100 * first(r).coulombicEfficiency());
            default -> {
                if (quantity.startsWith(MEAN_CE)) {
                    int[] range = ceRange(quantity, where);
                    yield r -> Observation.of(meanCe(r, range[0], range[1]));
                }
                throw new InputException(where + ": unknown quantity '" + quantity + "'; measures are "
                        + String.join(", ", NAMES));
            }
        };
    }

    private static CycleResult first(SimulatedRun r) {
        return r.summary().cycles().isEmpty() ? null : r.summary().cycles().get(0);
    }

    private static int[] ceRange(String quantity, String where) {
        String[] parts = quantity.substring(MEAN_CE.length()).split("_");
        try {
            int from = Integer.parseInt(parts[0]);
            int to = parts.length == 2 && parts[1].equals("end") ? Integer.MAX_VALUE : Integer.parseInt(parts[1]);
            if (parts.length != 2 || from < 1 || to < from) {
                throw new NumberFormatException();
            }
            return new int[] {from, to};
        } catch (RuntimeException bad) {
            throw new InputException(where + ": quantity '" + quantity + "': expected mean_ce_percent_<first>_<last>"
                    + " with cycle numbers (last may be 'end'), e.g. mean_ce_percent_2_8");
        }
    }

    /** Mean CE over cycles {@code from..to} that completed their strip before any short, %; NaN if none did. */
    private static double meanCe(SimulatedRun r, int from, int to) {
        double sum = 0;
        int n = 0;
        for (CycleResult c : r.summary().cycles()) {
            if (c.cycle() >= from && c.cycle() <= to && Double.isFinite(c.coulombicEfficiency())
                    && c.strippedMilliampHoursPerCm2() > 0) {
                sum += c.coulombicEfficiency();
                n++;
            }
        }
        return n == 0 ? Double.NaN : 100 * sum / n;
    }

    /** Median voltage of the first step from a quarter of its (pre-short) duration on, V. */
    static double plateauVolts(CyclingRecord r) {
        int[] step = r.column(BdfColumns.STEP_COUNT).ints();
        int end = 0;
        while (end < r.rows() && step[end] == step[0]) {
            end++;
        }
        for (CyclingEvent ev : r.events()) {
            if (ev.kind() == CyclingEvent.Kind.SHORT_CIRCUIT) {
                end = Math.min(end, ev.row());
            }
        }
        return end == 0 ? Double.NaN
                : SegmentStatistics.medianInTimeWindow(r.timeSeconds(), r.voltageVolts(), 0, end, 0.25, 1.0, 1.0);
    }

    private static Observation shortCapacity(SimulatedRun r) {
        ShortCircuit sc = r.summary().shortCircuit();
        if (sc.occurred()) {
            return Observation.of(sc.cumulativePlatedMilliampHoursPerCm2());
        }
        double total = 0;
        for (CycleResult c : r.summary().cycles()) {
            total += c.platedMilliampHoursPerCm2();
        }
        return new Observation(total, true);
    }
}
