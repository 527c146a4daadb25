package org.anodefree.sim;

import java.util.OptionalDouble;

/**
 * What sets the current of a protocol step: a constant current ({@link ConstantCurrentControl}) or a held
 * voltage ({@link VoltageHoldControl}). The stepper runs one loop for both (stop checks, solve, row, limits,
 * time step, laws); a control supplies the parts that differ, in that order.
 */
interface StepControl {

    /** The previous step the first time step grows from. */
    double initialPreviousStepSeconds();

    /** The step's planned duration (from a capacity or time limit), if it has one. */
    OptionalDouble plannedDurationSeconds();

    /** The checks before a solve; null to go on. May prepare the interface (first nuclei). */
    StepEnd beforeSolve(double elapsedSeconds);

    /** Solves the interface for this step's current or voltage and records the row(s). */
    void solveAndRecord();

    /** The checks after the row; null to go on. May record a closing row. */
    StepEnd afterRow(double elapsedSeconds, boolean landed);

    /** The cap of the next time step (called once per time step, after {@link #afterRow}). */
    double capSeconds();

    /** Which bound {@link #capSeconds()} stands for. */
    StepBound capBound();

    /** The control's own bound on the next step, or null. */
    TimeStepPolicy.ExtraBound extraBound(double previousStepSeconds);

    /** The cell's current density over the next time step, plating positive. */
    double externalAmpsPerM2();

    /** After the time step {@code choice} was taken. */
    void advanced(TimeStepPolicy.Choice choice);

    /** The step ended before a solve for {@code end} (not a short): closing row, warning. */
    void ended(StepEnd end, double elapsedSeconds);
}
