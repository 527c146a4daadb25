package org.anodefree.sim;

import org.anodefree.grid.GridField;
import org.anodefree.grid.PixelGrid;
import org.anodefree.map.ThicknessMap;

/**
 * The interface at one moment, for maps at the end of steps and for analysis: the Li thickness as a
 * {@link ThicknessMap} (so {@code map.StrippingAnalysis} runs on it directly) and the other per-pixel
 * fields on the same grid.
 *
 * @param stepNumber protocol step (from 1)
 * @param cycle cycle (from 1)
 * @param timeSeconds test time
 * @param grid the patch
 * @param thickness flat Li thickness per pixel
 * @param currentDensityAmpsPerM2 local current density of the last solve (positive anodic; 0 when none)
 * @param filamentLengthMeters filament length per pixel
 * @param contactFraction share of each pixel's area where Li touches the electrolyte (voids lower it; 0
 *     without Li); its mean is the record's active-area fraction
 */
public record SimulationSnapshot(long stepNumber, long cycle, double timeSeconds, PixelGrid grid,
        ThicknessMap thickness, GridField currentDensityAmpsPerM2, GridField filamentLengthMeters,
        GridField contactFraction) {

    /** A snapshot that owns the given arrays (row-major on {@code grid}). */
    static SimulationSnapshot adopting(long stepNumber, long cycle, double timeSeconds, PixelGrid grid,
            double[] thicknessMeters, double[] currentDensityAmpsPerM2, double[] filamentLengthMeters,
            double[] contactFraction) {
        return new SimulationSnapshot(stepNumber, cycle, timeSeconds, grid,
                ThicknessMap.adopting(grid.width(), grid.height(), grid.pixelSizeMeters(), thicknessMeters, null),
                GridField.adopting(grid, currentDensityAmpsPerM2), GridField.adopting(grid, filamentLengthMeters),
                GridField.adopting(grid, contactFraction));
    }

    /** The thickness, m, row-major (a copy). */
    public double[] thicknessMeters() {
        return thickness.thicknessesMeters();
    }

    /** Width of the (square) patch, pixels. */
    public int width() {
        return grid.width();
    }

    /** Pixel edge, m. */
    public double pixelSizeMeters() {
        return grid.pixelSizeMeters();
    }
}
