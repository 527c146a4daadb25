package org.anodefree.map;

/**
 * The state of an electrode stripped layer by layer down to a depth.
 *
 * @param depthMeters thickness removed from every pixel that still had Li
 * @param strippedFraction share of the initial Li capacity removed, 0 to 1
 * @param activeFraction share of the electrode area that still holds Li, 0 to 1
 */
public record StrippingLevel(double depthMeters, double strippedFraction, double activeFraction) {
    public StrippingLevel {
        if (!(depthMeters >= 0) || !(strippedFraction >= 0 && strippedFraction <= 1)
                || !(activeFraction >= 0 && activeFraction <= 1)) {
            throw new IllegalArgumentException("stripping level out of range: depth " + depthMeters
                    + " m, stripped " + strippedFraction + ", active " + activeFraction);
        }
    }

    /**
     * How much the local current density exceeds the nominal one when the same total current flows
     * through the active area only: 1 / activeFraction (infinite once no Li is left).
     */
    public double currentDensityMultiplier() {
        return activeFraction > 0 ? 1.0 / activeFraction : Double.POSITIVE_INFINITY;
    }
}
