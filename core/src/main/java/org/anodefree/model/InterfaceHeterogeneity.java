package org.anodefree.model;

import org.anodefree.grid.GridField;
import org.anodefree.grid.PixelGrid;

/**
 * Spatial heterogeneity of contact and kinetics over the interface: a per-pixel factor (mean 1) that
 * multiplies the exchange current density, so some regions plate faster than others. Drawn once per
 * run from a seed; bit-identical for a seed.
 */
public interface InterfaceHeterogeneity {

    /**
     * Fills {@code outFactor} (row-major, width x height) with positive multipliers of mean 1.
     *
     * @param pixelSizeMeters pixel edge, m: correlation lengths are physical, not in pixels
     */
    void fill(long seed, int width, int height, double pixelSizeMeters, double[] outFactor);

    /** A run's field on {@code grid}: the factors {@link #fill} draws for the seed. */
    default GridField field(long seed, PixelGrid grid) {
        double[] f = new double[grid.pixels()];
        fill(seed, grid.width(), grid.height(), grid.pixelSizeMeters(), f);
        return GridField.adopting(grid, f);
    }

    /** The no-op law: a uniform interface (every factor is exactly 1). */
    final class None implements InterfaceHeterogeneity {
        @Override
        public void fill(long seed, int width, int height, double pixelSizeMeters, double[] outFactor) {
            java.util.Arrays.fill(outFactor, 0, width * height, 1.0);
        }
    }
}
