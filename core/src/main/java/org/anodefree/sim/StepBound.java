package org.anodefree.sim;

/**
 * What limited a time step: the bound {@link TimeStepPolicy} found smallest (the first of equal ones, in
 * the order the policy applies them). A run counts its steps per bound ({@link SimulationResult#stepsLimitedBy()}),
 * which tells where the steps of a slow run go.
 */
public enum StepBound {
    /** The fixed cap, {@link SimulationSettings#maxStepSeconds()}. */
    MAX_STEP,
    /** The plateau cap, lifted above the fixed one by the current-change error estimate. */
    PLATEAU,
    /** At most {@link SimulationSettings#maxStepGrowth()} times the previous step. */
    GROWTH,
    /** A pixel's thickness would change by more than its fraction. */
    THICKNESS,
    /** A growing filament would advance by more than its fraction of the separator. */
    FILAMENT,
    /** A voiding pixel's contact would change by more than its fraction. */
    VOID,
    /** A voltage hold's current would change by more than its fraction. */
    HOLD_CURRENT,
    /** The shortest step, {@link SimulationSettings#minStepSeconds()}, lifted a shorter bound. */
    MIN_STEP,
    /** The cathode would be emptied (charge) or filled (discharge). */
    CATHODE,
    /** The Li left in contact would be stripped away. */
    STRIPPABLE_LITHIUM,
    /** The step lands on the end of its planned duration (capacity or time). */
    STEP_END
}
