package org.anodefree.map;

/**
 * The stripping curve as parallel arrays: depth removed (m), share of capacity stripped and share of
 * area still active, in order of increasing depth.
 */
public record StrippingCurve(double[] depthMeters, double[] strippedFraction, double[] activeFraction) {
    public StrippingCurve {
        if (depthMeters.length != strippedFraction.length || depthMeters.length != activeFraction.length) {
            throw new IllegalArgumentException("curve arrays differ in length");
        }
    }

    /** Number of points. */
    public int size() {
        return depthMeters.length;
    }

    /** Current-density multiplier 1 / active fraction at point i. */
    public double currentDensityMultiplier(int i) {
        return activeFraction[i] > 0 ? 1.0 / activeFraction[i] : Double.POSITIVE_INFINITY;
    }
}
