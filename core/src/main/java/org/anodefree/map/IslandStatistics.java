package org.anodefree.map;

/**
 * Islands of Li left at one stripping depth.
 *
 * @param depthMeters stripping depth the islands were found at
 * @param count number of islands
 * @param activeAreaM2 total area still holding Li (the islands' areas summed)
 * @param activeFraction active area over electrode area
 * @param largestAreaM2 area of the largest island
 * @param meanAreaM2 mean island area
 * @param smallAreaThresholdM2 islands below this area count as small
 * @param smallCount number of small islands
 * @param smallCapacityShare share of the remaining Li held by small islands, 0 to 1
 */
public record IslandStatistics(double depthMeters, int count, double activeAreaM2, double activeFraction,
        double largestAreaM2, double meanAreaM2, double smallAreaThresholdM2, int smallCount,
        double smallCapacityShare) {
}
