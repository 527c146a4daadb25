package org.anodefree.cycling;

import java.util.Objects;

/**
 * One column of a {@link CyclingRecord}: a label with its unit ({@code "Voltage / V"}) and either double or
 * int values, one per row. The arrays are the record's own storage (no copy, for 10-million-row files):
 * callers must not modify them.
 */
public record CyclingColumn(String label, double[] doubles, int[] ints) {
    public CyclingColumn {
        Objects.requireNonNull(label, "label");
        if ((doubles == null) == (ints == null)) {
            throw new IllegalArgumentException(label + ": a column holds either doubles or ints");
        }
    }

    /** Number of rows. */
    public int size() {
        return doubles != null ? doubles.length : ints.length;
    }

    /** True when the values are integers (cycle and step numbers, flags). */
    public boolean isInt() {
        return ints != null;
    }

    /** The value at a row as a double, whatever the storage. */
    public double value(int row) {
        return doubles != null ? doubles[row] : ints[row];
    }
}
