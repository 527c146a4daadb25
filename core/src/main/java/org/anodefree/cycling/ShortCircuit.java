package org.anodefree.cycling;

import java.util.List;

/**
 * Whether and where a cell short-circuited, with the evidence. When {@code occurred} is false the other
 * numbers are 0 / NaN and the evidence is empty.
 *
 * @param occurred true when any evidence was found
 * @param cycle cycle of the first evidence (0 when before the first plating)
 * @param step the cycler's step number (or segment number) of the first evidence
 * @param timeHours test time of the first evidence
 * @param cumulativePlatedMilliampHoursPerCm2 charge plated onto Cu up to that row
 * @param evidence every piece of evidence, first one first
 */
public record ShortCircuit(boolean occurred, int cycle, int step, double timeHours,
        double cumulativePlatedMilliampHoursPerCm2, List<CyclingEvent> evidence) {
    public ShortCircuit {
        evidence = List.copyOf(evidence);
        if (occurred && evidence.isEmpty()) {
            throw new IllegalArgumentException("a short circuit needs at least one piece of evidence");
        }
    }

    /** No short circuit. */
    public static ShortCircuit none() {
        return new ShortCircuit(false, 0, 0, Double.NaN, Double.NaN, List.of());
    }
}
