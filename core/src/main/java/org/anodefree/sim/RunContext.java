package org.anodefree.sim;

import org.anodefree.cell.CathodeState;
import org.anodefree.protocol.ScheduledStep;

/** What a {@link StepControl} reads of the run it is part of, and the one thing it may do: record a row. */
interface RunContext {
    double timeSeconds();

    boolean shorted();

    /** Filaments bridging the separator now. */
    int bridgingFilaments();

    /** The cathode now (null for a half cell). */
    CathodeState cathode();

    /** The last time step not clipped to a step's planned end, carried into the next step (0 before any). */
    double lastFreeStepSeconds();

    void lastFreeStepSeconds(double seconds);

    /** Records a row at the present state with the cell's current density {@code externalAmpsPerM2}. */
    void record(ScheduledStep step, double externalAmpsPerM2);

    /**
     * A step that ends because the cathode is empty or full, or no Li is left in contact to strip, cannot be
     * solved once more: this records its closing row (the last solve's voltage, the step's current) when
     * time passed since the last row, so that the record's rows integrate to the charge the step passed, as
     * the ledger has it.
     */
    void recordClosing(ScheduledStep step, double externalAmpsPerM2, double elapsedSeconds);

    /** A warning in the record's metadata. */
    void warn(String message);
}
