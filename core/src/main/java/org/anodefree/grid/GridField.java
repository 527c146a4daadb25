package org.anodefree.grid;

import java.util.Arrays;
import org.anodefree.InputException;

/**
 * One number per pixel of a {@link PixelGrid}, row-major, with its unit in the name of whatever
 * produced it (a thickness in metres, a current density in A/m2). Immutable: values are copied in,
 * and read one at a time or copied out, so a field can be handed to any number of readers.
 */
public final class GridField {
    private final PixelGrid grid;
    private final double[] values;

    private GridField(PixelGrid grid, double[] values) {
        if (grid == null || values == null) {
            throw new InputException("grid field: a grid and values are required");
        }
        if (values.length != grid.pixels()) {
            throw new InputException("grid field: " + grid.width() + " x " + grid.height() + " needs " + grid.pixels()
                    + " values, got " + values.length);
        }
        this.grid = grid;
        this.values = values;
    }

    /** A field holding a copy of {@code values}. */
    public static GridField of(PixelGrid grid, double[] values) {
        return new GridField(grid, values.clone());
    }

    /**
     * A field that takes ownership of {@code values} instead of copying them (for snapshots and readers of
     * large maps, where a second copy would double peak memory). The caller must not touch the array after.
     */
    public static GridField adopting(PixelGrid grid, double[] values) {
        return new GridField(grid, values);
    }

    public PixelGrid grid() {
        return grid;
    }

    /** The value at row-major index {@code i}. */
    public double at(int i) {
        return values[i];
    }

    /** The value at (row, column). */
    public double at(int row, int column) {
        return values[row * grid.width() + column];
    }

    /** Number of values (pixels). */
    public int size() {
        return values.length;
    }

    /** A copy of the values, row-major. */
    public double[] toArray() {
        return values.clone();
    }

    /** Mean over every pixel. */
    public double mean() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Largest value (NaN if any value is NaN). */
    public double max() {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridField f && f.grid.equals(grid) && Arrays.equals(f.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * grid.hashCode() + Arrays.hashCode(values);
    }
}
