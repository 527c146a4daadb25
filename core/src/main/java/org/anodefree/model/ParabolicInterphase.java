package org.anodefree.model;

import org.anodefree.InputException;

/**
 * Li consumed by an interphase that grows by diffusion through itself (parabolic growth): its
 * thickness, and with it the Li it has consumed, goes as the square root of its age,
 * {@code Q(t) = k sqrt(t)}, so the loss rate {@code k / (2 sqrt(t))} decays as the layer thickens.
 * Measured for argyrodites on Li by Wenzel et al., Solid State Ionics 318, 102 (2018); the same law as
 * the SEI of liquid cells (Pinson and Bazant, J. Electrochem. Soc. 160, A243, 2013).
 *
 * @param coulombsPerM2PerRootSecond k: Li consumed per m2 of contact after one second, C/(m2 s^0.5)
 */
public record ParabolicInterphase(double coulombsPerM2PerRootSecond) implements LithiumLossLaw {

    public ParabolicInterphase {
        if (!(coulombsPerM2PerRootSecond >= 0) || !Double.isFinite(coulombsPerM2PerRootSecond)) {
            throw new InputException("interphase growth constant must be finite and >= 0, got "
                    + coulombsPerM2PerRootSecond + " C/(m2 s^0.5)");
        }
    }

    /** Li consumed by an interphase of this age, C/m2: {@code k sqrt(t)}. */
    public double consumedCoulombsPerM2(double ageSeconds) {
        return coulombsPerM2PerRootSecond * Math.sqrt(Math.max(0.0, ageSeconds));
    }

    /** Loss rate at this age, C/(m2 s): {@code k / (2 sqrt(t))} (infinite at age 0, integrable). */
    public double rateCoulombsPerM2PerSecond(double ageSeconds) {
        return coulombsPerM2PerRootSecond / (2 * Math.sqrt(Math.max(0.0, ageSeconds)));
    }

    /**
     * {@code k (sqrt(t + dt) - sqrt(t))}, written as {@code k dt / (sqrt(t + dt) + sqrt(t))} so that a
     * short step on an old interphase does not lose its digits to cancellation. Exact for any step, so
     * the total does not depend on how the time is cut into steps.
     */
    @Override
    public double lostCoulombsPerM2(double ageSeconds, double dtSeconds) {
        if (!(dtSeconds > 0) || coulombsPerM2PerRootSecond == 0) {
            return 0.0;
        }
        double t = Math.max(0.0, ageSeconds);
        return coulombsPerM2PerRootSecond * dtSeconds / (Math.sqrt(t + dtSeconds) + Math.sqrt(t));
    }
}
