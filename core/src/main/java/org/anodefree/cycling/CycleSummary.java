package org.anodefree.cycling;

import java.util.List;

/**
 * The analysis of one record: per-cycle numbers, the short circuit, and the events found.
 *
 * @param source the record's source
 * @param platingSign the current sign taken as plating onto Cu
 * @param electrodeAreaM2 area the capacities are divided by
 * @param cycles one entry per cycle, in order
 * @param shortCircuit the short circuit, or {@link ShortCircuit#none()}
 * @param events evidence and nucleation peaks, in row order
 * @param segments the record's segments
 */
public record CycleSummary(String source, PlatingSign platingSign, double electrodeAreaM2, List<CycleResult> cycles,
        ShortCircuit shortCircuit, List<CyclingEvent> events, List<StepSegment> segments) {
    public CycleSummary {
        cycles = List.copyOf(cycles);
        events = List.copyOf(events);
        segments = List.copyOf(segments);
    }

    /** A copy with the simulator's smallest active area fraction of each cycle (one value per cycle). */
    public CycleSummary withMinActiveAreaFractions(double[] fractions) {
        if (fractions.length != cycles.size()) {
            throw new IllegalArgumentException(fractions.length + " active area fractions for " + cycles.size()
                    + " cycles");
        }
        List<CycleResult> updated = new java.util.ArrayList<>(cycles.size());
        for (int k = 0; k < fractions.length; k++) {
            updated.add(cycles.get(k).withMinActiveAreaFraction(fractions[k]));
        }
        return new CycleSummary(source, platingSign, electrodeAreaM2, updated, shortCircuit, events, segments);
    }
}
