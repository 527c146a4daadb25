package org.anodefree.experiment;

import org.anodefree.protocol.ScheduledStep;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationSnapshot;

/**
 * Told about the runs of an ensemble as they go, on the thread that runs each (so an implementation that
 * writes files per run must keep runs apart, e.g. a folder per seed). Results never depend on an observer.
 */
public interface RunObserver {
    /** An observer that does nothing. */
    RunObserver NONE = new RunObserver() { };

    /** After each protocol step of a run, with the interface at its end. */
    default void stepEnded(SimulationProblem problem, ScheduledStep step, SimulationSnapshot snapshot) {
    }

    /** When a run has finished and been analysed. */
    default void finished(SimulationProblem problem, SimulatedRun run) {
    }
}
