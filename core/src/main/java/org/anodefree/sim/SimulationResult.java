package org.anodefree.sim;

import java.util.Map;
import org.anodefree.cycling.CyclingRecord;

/**
 * What one run produced.
 *
 * @param record the time series (BDF columns; current positive on charge as wired: plating is positive
 *     with a cathode, negative in a half cell, whose voltage is Cu minus Li) with its events
 * @param minActiveAreaFractionPerCycle smallest active area fraction seen in each cycle (cycle 1 first)
 * @param maxRelativeImbalance largest charge-ledger imbalance over all time steps (should be ~1e-15)
 * @param timeSteps time steps taken
 * @param solves current-distribution solves
 * @param solverSeconds wall time spent in the current solver
 * @param stopReason why the run ended
 * @param stepsLimitedBy time steps taken per bound that limited them
 * @param creepSaturatedCalls creep updates cut short by the creep law's sub-step cap (0 when none was)
 */
public record SimulationResult(CyclingRecord record, double[] minActiveAreaFractionPerCycle,
        double maxRelativeImbalance, long timeSteps, long solves, double solverSeconds, StopReason stopReason,
        Map<StepBound, Long> stepsLimitedBy, long creepSaturatedCalls) {

    public SimulationResult {
        stepsLimitedBy = Map.copyOf(stepsLimitedBy);
    }

    /** Whether the run ended in a short circuit. */
    public boolean shorted() {
        return stopReason == StopReason.SHORT_CIRCUIT;
    }
}
