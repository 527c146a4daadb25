package org.anodefree.sim;

/**
 * The interface at one moment (copies, row-major, {@code width x width}): for maps at the end of steps.
 *
 * @param stepNumber protocol step (from 1)
 * @param cycle cycle (from 1)
 * @param timeSeconds test time
 * @param thicknessMeters flat Li thickness per pixel
 * @param currentDensityAmpsPerM2 local current density of the last solve (positive anodic; 0 when none)
 * @param filamentLengthMeters filament length per pixel
 * @param contactFraction share of each pixel's area where Li touches the electrolyte (voids lower it; 0
 *     without Li); its mean is the record's active-area fraction
 */
public record SimulationSnapshot(long stepNumber, long cycle, double timeSeconds, int width, double pixelSizeMeters,
        double[] thicknessMeters, double[] currentDensityAmpsPerM2, double[] filamentLengthMeters,
        double[] contactFraction) {
}
