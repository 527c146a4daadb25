package org.anodefree.sim;

import org.anodefree.protocol.ScheduledStep;

/**
 * Told every time the stepper records a row: after a solve (or at rest), with the state it solved. The
 * record writer is one; per-cycle bookkeeping is another. Listeners read the run's state through the
 * {@link Row}; they must not change it.
 */
interface RowListener {

    /**
     * One recorded moment.
     *
     * @param step the protocol step
     * @param timeSeconds test time
     * @param volts cell voltage
     * @param externalAmpsPerM2 the cell's current density, plating positive (0 at rest)
     * @param activeAreaFraction the electrochemically active share of the interface
     */
    record Row(ScheduledStep step, double timeSeconds, double volts, double externalAmpsPerM2,
            double activeAreaFraction) {
    }

    void row(Row row);
}
