package org.anodefree.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.anodefree.cycling.CycleResult;
import org.anodefree.experiment.SimulatedRun;

/**
 * What one run of a sweep gave: the outcomes of its cycle analysis (as {@code simulate}'s summary.json has
 * them) and its cycles, or the error that stopped it. A failed run is a row like any other, so one bad
 * corner of a sweep never stops the rest.
 *
 * @param key the run's {@link RunSpec#key}
 * @param spec its inputs
 * @param shorted whether the analysis found a short circuit (false for a failed run)
 * @param shortCycle the cycle of the short (0 when none)
 * @param platedAtShortMilliampHoursPerCm2 cumulative plated capacity at the short (NaN when none)
 * @param cyclesRun cycles the analysis found
 * @param firstCycleCoulombicEfficiency CE of cycle 1 (NaN when not defined)
 * @param meanCoulombicEfficiency mean CE over the cycles where it is defined (NaN when none)
 * @param minActiveAreaFraction smallest active area fraction over all cycles (NaN when none)
 * @param wallSeconds wall time of the run, s
 * @param error the error's one-line message, or null
 * @param cycles the per-cycle rows
 */
public record RunOutcome(String key, RunSpec spec, boolean shorted, int shortCycle,
        double platedAtShortMilliampHoursPerCm2, int cyclesRun, double firstCycleCoulombicEfficiency,
        double meanCoulombicEfficiency, double minActiveAreaFraction, double wallSeconds, String error,
        ArrayList<Cycle> cycles) implements Serializable {

    /** One cycle of a run. */
    public record Cycle(int cycle, double platedMilliampHoursPerCm2, double strippedMilliampHoursPerCm2,
            double coulombicEfficiency, double cumulativePlatedMilliampHoursPerCm2, double minActiveAreaFraction)
            implements Serializable {
    }

    /** The outcome of a finished run. */
    public static RunOutcome of(RunSpec spec, SimulatedRun run, double wallSeconds) {
        var sc = run.summary().shortCircuit();
        List<CycleResult> cs = run.summary().cycles();
        ArrayList<Cycle> rows = new ArrayList<>();
        double ceSum = 0;
        int ceCount = 0;
        double minArea = Double.NaN;
        for (CycleResult c : cs) {
            rows.add(new Cycle(c.cycle(), c.platedMilliampHoursPerCm2(), c.strippedMilliampHoursPerCm2(),
                    c.coulombicEfficiency(), c.cumulativePlatedMilliampHoursPerCm2(), c.minActiveAreaFraction()));
            if (Double.isFinite(c.coulombicEfficiency())) {
                ceSum += c.coulombicEfficiency();
                ceCount++;
            }
            if (Double.isFinite(c.minActiveAreaFraction()) && !(c.minActiveAreaFraction() >= minArea)) {
                minArea = c.minActiveAreaFraction();
            }
        }
        return new RunOutcome(spec.key(), spec, sc.occurred(), sc.occurred() ? sc.cycle() : 0,
                sc.occurred() ? sc.cumulativePlatedMilliampHoursPerCm2() : Double.NaN, cs.size(),
                cs.isEmpty() ? Double.NaN : cs.get(0).coulombicEfficiency(), ceCount > 0 ? ceSum / ceCount : Double.NaN,
                minArea, wallSeconds, null, rows);
    }

    /** The outcome of a run that failed with {@code error}. */
    public static RunOutcome failed(RunSpec spec, String error, double wallSeconds) {
        return new RunOutcome(spec.key(), spec, false, 0, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, wallSeconds,
                error, new ArrayList<>());
    }

    /** Cycles to the short, or to the end of the run when it did not short (then censored). */
    public double cyclesToShortOrEnd() {
        return shorted ? shortCycle : cyclesRun;
    }
}
