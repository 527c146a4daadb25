package org.anodefree.protocol;

/**
 * A step as it runs: its number (from 1, counting every executed step, repeats included) and the
 * cycle it belongs to.
 *
 * <p>Cycles are numbered from 1. A cycle is one plating step (Plate or Charge) and the stripping
 * steps (Strip or Discharge) after it: a plating step opens a new cycle when the current cycle has
 * already stripped; rests, holds and further plating steps stay in the cycle they fall in.
 */
public record ScheduledStep(long stepNumber, long cycle, Step step) {
    public ScheduledStep {
        if (stepNumber < 1 || cycle < 1 || step == null) {
            throw new IllegalArgumentException("step number and cycle start at 1; step is required");
        }
    }
}
