package org.anodefree.cycling;

import java.util.Objects;

/**
 * Something that happened at one row of a {@link CyclingRecord}: a short circuit a simulator knows of, or a
 * piece of evidence the analysis found (a voltage collapse, noisy voltage, a step that could not reach its
 * cutoff).
 *
 * @param kind what happened
 * @param row the row index it happened at
 * @param timeSeconds the test time of that row
 * @param detail a sentence with the numbers behind it
 */
public record CyclingEvent(Kind kind, int row, double timeSeconds, String detail) {
    /** Kinds of event. */
    public enum Kind {
        /** A short circuit known to have happened (written by a simulator). */
        SHORT_CIRCUIT,
        /** A sudden fall of the polarization at constant current. */
        VOLTAGE_COLLAPSE,
        /** Voltage noise far above the cell's own early steps. */
        NOISY_VOLTAGE,
        /** A step that ended short of the voltage cutoff its predecessors all reached. */
        CUTOFF_NOT_REACHED,
        /** The overpotential peak at the start of plating onto bare Cu. */
        NUCLEATION
    }

    public CyclingEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        if (row < 0) {
            throw new IllegalArgumentException("event row must be >= 0, got " + row);
        }
    }
}
