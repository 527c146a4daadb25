package org.anodefree.grid;

import org.anodefree.InputException;

/**
 * The shape of a field on the anode interface: {@code width} columns (x) by {@code height} rows (y) of
 * square pixels of edge {@code pixelSizeMeters}, indexed row-major ({@code i = row * width + column}).
 * Maps, current problems, the simulator and the laws all describe their grid with this one record.
 *
 * @param width columns, at least 1
 * @param height rows, at least 1
 * @param pixelSizeMeters pixel edge, m, positive and finite
 */
public record PixelGrid(int width, int height, double pixelSizeMeters) {

    public PixelGrid {
        if (width <= 0 || height <= 0) {
            throw new InputException("grid: shape must be positive, got " + width + " x " + height);
        }
        if ((long) width * height > Integer.MAX_VALUE - 8) {
            throw new InputException("grid: " + width + " x " + height + " pixels is more than one array can hold ("
                    + (Integer.MAX_VALUE - 8) + ")");
        }
        if (!(pixelSizeMeters > 0) || !Double.isFinite(pixelSizeMeters)) {
            throw new InputException("grid: pixel size must be a positive length, got " + pixelSizeMeters + " m");
        }
    }

    /** A square grid of {@code width x width} pixels. */
    public static PixelGrid square(int width, double pixelSizeMeters) {
        return new PixelGrid(width, width, pixelSizeMeters);
    }

    /** The pixel above pixel {@code i} (row - 1), wrapping at the edge: the interface patch is periodic. */
    public int up(int i) {
        return i >= width ? i - width : i + (height - 1) * width;
    }

    /** The pixel below pixel {@code i} (row + 1), periodic. */
    public int down(int i) {
        return i < (height - 1) * width ? i + width : i - (height - 1) * width;
    }

    /** The pixel left of pixel {@code i} (column - 1), periodic. */
    public int left(int i) {
        return i % width == 0 ? i + width - 1 : i - 1;
    }

    /** The pixel right of pixel {@code i} (column + 1), periodic. */
    public int right(int i) {
        return i % width == width - 1 ? i - width + 1 : i + 1;
    }

    /** Number of pixels. */
    public int pixels() {
        return width * height;
    }

    /** Whether the grid is square. */
    public boolean isSquare() {
        return width == height;
    }

    /** Area of one pixel, m2. */
    public double pixelAreaM2() {
        return pixelSizeMeters * pixelSizeMeters;
    }

    /** Area of the whole grid, m2. */
    public double areaM2() {
        return pixelAreaM2() * width * (double) height;
    }
}
