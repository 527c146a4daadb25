package org.anodefree.sim;

/** Why a protocol step (or the whole run) ended: what a {@link StopDetectors} check returned. */
public enum StepEnd {
    /** A limit of the protocol step was reached (voltage, current, capacity or time). */
    LIMIT,
    /** The step ran its planned duration. */
    PLANNED_DURATION,
    /** A strip found no Li left in contact (the rest, if any, is stranded behind voids). */
    NO_LITHIUM_IN_CONTACT,
    /** The cathode is empty (charge) or full (discharge). */
    CATHODE_EXHAUSTED,
    /** The cell short-circuited and the run stops (see {@link StopReason#SHORT_CIRCUIT}). */
    SHORT_CIRCUIT
}
