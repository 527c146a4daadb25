package org.anodefree.sim;

import org.anodefree.cycling.CyclingRecord;

/**
 * What one run produced.
 *
 * @param record the time series (BDF columns; current positive on charge as wired: plating is positive with a cathode, negative in a half cell, whose voltage is Cu minus Li) with its events
 * @param minActiveAreaFractionPerCycle smallest active area fraction seen in each cycle (cycle 1 first)
 * @param maxRelativeImbalance largest charge-ledger imbalance over all time steps (should be ~1e-15)
 * @param timeSteps time steps taken
 * @param solves current-distribution solves
 * @param solverSeconds wall time spent in the current solver
 * @param stopReason why the run ended ("protocol complete", "short circuit", ...)
 */
public record SimulationResult(CyclingRecord record, double[] minActiveAreaFractionPerCycle,
        double maxRelativeImbalance, long timeSteps, long solves, double solverSeconds, String stopReason) {
}
