package org.anodefree.experiment;

import org.anodefree.cycling.CycleSummary;
import org.anodefree.cycling.CycleTable;
import org.anodefree.sim.SimulationResult;
import org.anodefree.sim.SimulationSnapshot;

/**
 * One simulated run with its analysis: the same {@link CycleSummary} and {@link CycleTable} a measured
 * file gets from {@code analyze}, so measures read both alike.
 *
 * @param seed its seed
 * @param result the stepper's output
 * @param summary the cycle analysis of its record (with the stepper's minimum active area per cycle)
 * @param cycles its per-cycle table
 * @param firstPlatingEnd the interface at the end of the first plating step (null if none ended)
 * @param wallSeconds wall time of the run
 */
public record SimulatedRun(long seed, SimulationResult result, CycleSummary summary, CycleTable cycles,
        SimulationSnapshot firstPlatingEnd, double wallSeconds) {

    /** Whether the analysis found a short circuit. */
    public boolean shorted() {
        return summary.shortCircuit().occurred();
    }
}
