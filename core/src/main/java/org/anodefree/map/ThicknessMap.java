package org.anodefree.map;

import java.util.Arrays;
import org.anodefree.InputException;
import org.anodefree.grid.GridField;
import org.anodefree.grid.PixelGrid;

/**
 * A map of Li thickness over the anode interface: a row-major grid of thicknesses in metres, its
 * shape, its pixel size, and an optional mask of the pixels that belong to the electrode.
 *
 * <p>The map owns its arrays (copied in, never exposed for writing), so it is immutable. Pixels
 * outside the mask carry no Li and count neither as active nor as depleted area.
 */
public final class ThicknessMap {
    private final int width;
    private final int height;
    private final double pixelSizeMeters;
    private final double[] thicknessMeters;
    private final boolean[] inside;

    /**
     * @param width number of columns (x)
     * @param height number of rows (y)
     * @param pixelSizeMeters edge of a square pixel, m
     * @param thicknessMeters row-major thickness, m, length width*height; finite and non-negative
     *     inside the electrode
     * @param inside row-major mask, true where the pixel is part of the electrode; null for all
     */
    public ThicknessMap(int width, int height, double pixelSizeMeters, double[] thicknessMeters, boolean[] inside) {
        this(width, height, pixelSizeMeters, thicknessMeters.clone(), inside == null ? null : inside.clone(), true);
    }

    /**
     * A map that takes ownership of the given arrays instead of copying them, for readers of large
     * maps where a second copy would double peak memory. The caller must not touch the arrays after.
     */
    public static ThicknessMap adopting(int width, int height, double pixelSizeMeters, double[] thicknessMeters,
            boolean[] inside) {
        return new ThicknessMap(width, height, pixelSizeMeters, thicknessMeters, inside, true);
    }

    private ThicknessMap(int width, int height, double pixelSizeMeters, double[] thicknessMeters, boolean[] inside,
            boolean adopted) {
        // "adopted" only tells this constructor apart from the public one; both end up owning the arrays.
        assert adopted;
        if (width <= 0 || height <= 0) {
            throw new InputException("thickness map: shape must be positive, got " + width + " x " + height);
        }
        if ((long) width * height != thicknessMeters.length) {
            throw new InputException("thickness map: " + width + " x " + height + " needs " + (long) width * height
                    + " values, got " + thicknessMeters.length);
        }
        if (!(pixelSizeMeters > 0) || !Double.isFinite(pixelSizeMeters)) {
            throw new InputException("thickness map: pixel size must be a positive length, got " + pixelSizeMeters + " m");
        }
        if (inside != null && inside.length != thicknessMeters.length) {
            throw new InputException("thickness map: mask has " + inside.length + " values, map has " + thicknessMeters.length);
        }
        for (int i = 0; i < thicknessMeters.length; i++) {
            if (inside != null && !inside[i]) {
                continue;
            }
            double t = thicknessMeters[i];
            if (!Double.isFinite(t) || t < 0) {
                throw new InputException("thickness map: pixel (row " + i / width + ", column " + i % width
                        + ") has thickness " + t + " m; thickness must be finite and >= 0");
            }
            if (t == 0) {
                // -0.0 would sort after every positive value by its bit pattern; keep one zero.
                thicknessMeters[i] = 0.0;
            }
        }
        this.width = width;
        this.height = height;
        this.pixelSizeMeters = pixelSizeMeters;
        this.thicknessMeters = thicknessMeters;
        this.inside = inside;
        if (this.inside != null) {
            for (int i = 0; i < this.inside.length; i++) {
                if (!this.inside[i]) {
                    this.thicknessMeters[i] = 0.0;
                }
            }
        }
    }

    /** A map with every pixel inside the electrode. */
    public static ThicknessMap of(int width, int height, double pixelSizeMeters, double[] thicknessMeters) {
        return new ThicknessMap(width, height, pixelSizeMeters, thicknessMeters, null);
    }

    /** A map of a thickness field, m, with every pixel inside the electrode. */
    public static ThicknessMap of(GridField thicknessMeters) {
        PixelGrid g = thicknessMeters.grid();
        return adopting(g.width(), g.height(), g.pixelSizeMeters(), thicknessMeters.toArray(), null);
    }

    /** The map's grid: shape and pixel size. */
    public PixelGrid grid() {
        return new PixelGrid(width, height, pixelSizeMeters);
    }

    /** The thickness as a field, m (a copy; 0 outside the electrode). */
    public GridField thicknessField() {
        return GridField.adopting(grid(), thicknessMeters.clone());
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Number of pixels in the grid, inside the electrode or not. */
    public int size() {
        return thicknessMeters.length;
    }

    public double pixelSizeMeters() {
        return pixelSizeMeters;
    }

    /** Thickness at a row-major index, m (0 outside the electrode). */
    public double thicknessMeters(int index) {
        return thicknessMeters[index];
    }

    /** Thickness at (row, column), m. */
    public double thicknessMeters(int row, int column) {
        return thicknessMeters[row * width + column];
    }

    /** A copy of the row-major thicknesses, m. */
    public double[] thicknessesMeters() {
        return thicknessMeters.clone();
    }

    /** Whether the pixel at a row-major index belongs to the electrode. */
    public boolean isInside(int index) {
        return inside == null || inside[index];
    }

    /** Whether a mask was given (some pixels may be outside the electrode). */
    public boolean hasMask() {
        return inside != null;
    }

    /** A copy of the mask, or null when every pixel is inside. */
    public boolean[] mask() {
        return inside == null ? null : inside.clone();
    }

    /** Number of pixels inside the electrode. */
    public int insideCount() {
        if (inside == null) {
            return thicknessMeters.length;
        }
        int n = 0;
        for (boolean b : inside) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** Thicknesses of the pixels inside the electrode, m, in grid order. */
    public double[] insideThicknessesMeters() {
        if (inside == null) {
            return thicknessMeters.clone();
        }
        double[] out = new double[insideCount()];
        int k = 0;
        for (int i = 0; i < thicknessMeters.length; i++) {
            if (inside[i]) {
                out[k++] = thicknessMeters[i];
            }
        }
        return out;
    }

    /** Electrode area, m2. */
    public double areaM2() {
        return insideCount() * pixelSizeMeters * pixelSizeMeters;
    }

    /** The map's summary statistics over the electrode (sorts a copy; for large maps prefer {@link StrippingAnalysis#statistics()}). */
    public MapStatistics statistics() {
        return MapStatistics.of(insideThicknessesMeters());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThicknessMap m && m.width == width && m.height == height
                && m.pixelSizeMeters == pixelSizeMeters && Arrays.equals(m.thicknessMeters, thicknessMeters)
                && Arrays.equals(m.inside, inside);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(thicknessMeters);
    }

    @Override
    public String toString() {
        return "ThicknessMap[" + width + " x " + height + ", pixel " + pixelSizeMeters * 1e6 + " um"
                + (inside == null ? "" : ", masked") + "]";
    }
}
