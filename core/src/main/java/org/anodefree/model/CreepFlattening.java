package org.anodefree.model;

import org.anodefree.InputException;

/**
 * Creep flattening as first-order relaxation of each Li-holding pixel towards the mean thickness:
 * {@code h_i <- hMean + (h_i - hMean) exp(-dt / tau)}, exact for any dt and conserving Li.
 *
 * <p>Pressure enters through Li's power-law creep, strain rate ~ sigma^n (Masias et al., J. Mater.
 * Sci. 54, 2585, 2019, doi:10.1007/s10853-018-2971-3, n = 6.6): the flattening time scales as
 * {@code tau = tauRef (pRef / p)^n}, with tauRef calibrated at the reference pressure pRef (row F2).
 * A deposit at zero stack pressure does not flatten.
 */
public final class CreepFlattening implements DepositRelaxation {
    private final double relaxationTimeSeconds;

    /**
     * @param referenceRelaxationTimeSeconds tau at the reference pressure
     * @param referencePressurePascals the pressure tauRef was calibrated at
     * @param stackPressurePascals the cell's stack pressure
     * @param stressExponent Li creep stress exponent n
     */
    public CreepFlattening(double referenceRelaxationTimeSeconds, double referencePressurePascals,
            double stackPressurePascals, double stressExponent) {
        if (!(referenceRelaxationTimeSeconds > 0) || !(referencePressurePascals > 0) || !(stackPressurePascals >= 0)
                || !(stressExponent > 0)) {
            throw new InputException("creep flattening: relaxation time, reference pressure and stress exponent must be "
                    + "positive and the stack pressure >= 0, got " + referenceRelaxationTimeSeconds + " s, "
                    + referencePressurePascals + " Pa, " + stackPressurePascals + " Pa, n = " + stressExponent);
        }
        this.relaxationTimeSeconds = stackPressurePascals > 0
                ? referenceRelaxationTimeSeconds * Math.pow(referencePressurePascals / stackPressurePascals, stressExponent)
                : Double.POSITIVE_INFINITY;
    }

    /** The relaxation time at this cell's stack pressure, s (infinite at zero pressure). */
    public double relaxationTimeSeconds() {
        return relaxationTimeSeconds;
    }

    @Override
    public void relax(double[] thicknessMeters, boolean[] hasLithium, double dtSeconds) {
        if (!(dtSeconds > 0) || Double.isInfinite(relaxationTimeSeconds)) {
            return;
        }
        double sum = 0;
        long count = 0;
        for (int i = 0; i < thicknessMeters.length; i++) {
            if (hasLithium[i]) {
                sum += thicknessMeters[i];
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        double mean = sum / count;
        double keep = Math.exp(-dtSeconds / relaxationTimeSeconds);
        for (int i = 0; i < thicknessMeters.length; i++) {
            if (hasLithium[i]) {
                // A convex combination of h_i and the mean: never negative, never past the mean.
                thicknessMeters[i] = mean + (thicknessMeters[i] - mean) * keep;
            }
        }
    }
}
