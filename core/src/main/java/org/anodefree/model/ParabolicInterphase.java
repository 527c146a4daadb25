package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.parameters.Parameter;

/**
 * Li consumed by an interphase that grows by diffusion through itself (parabolic growth): once the
 * layer is established, its thickness, and with it the Li it has consumed, goes as the square root of
 * its age, so the loss rate decays as the layer thickens. Measured for argyrodites on Li by Wenzel et
 * al., Solid State Ionics 318, 102 (2018); the same law as the SEI of liquid cells (Pinson and Bazant,
 * J. Electrochem. Soc. 160, A243, 2013). The first moments are reaction-limited, as in the
 * Deal-Grove law (Deal and Grove, J. Appl. Phys. 36, 3770, 1965): {@code x^2 + A x = B t} gives
 * {@code Q(t) = k (sqrt(t + t_r) - sqrt(t_r))}, linear at rate {@code k / (2 sqrt(t_r))} for
 * {@code t << t_r} and {@code k sqrt(t)} for {@code t >> t_r}, instead of an infinite rate at contact.
 *
 * @param coulombsPerM2PerRootSecond k: the parabolic constant, C/(m2 s^0.5)
 * @param reactionLimitedSeconds t_r: age at which diffusion through the layer takes over, s (0: pure parabola)
 */
public record ParabolicInterphase(double coulombsPerM2PerRootSecond, double reactionLimitedSeconds)
        implements LithiumLossLaw {

    /** What {@link #from} reads. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.LOSS_INTERPHASE_GROWTH,
            Parameter.LOSS_INTERPHASE_REACTION_LIMITED_TIME);

    /** The law with the parameter set's k and t_r. */
    public static ParabolicInterphase from(LawContext c) {
        return new ParabolicInterphase(c.value(Parameter.LOSS_INTERPHASE_GROWTH),
                c.value(Parameter.LOSS_INTERPHASE_REACTION_LIMITED_TIME));
    }

    public ParabolicInterphase {
        if (!(coulombsPerM2PerRootSecond >= 0) || !Double.isFinite(coulombsPerM2PerRootSecond)) {
            throw new InputException("interphase growth constant must be finite and >= 0, got "
                    + coulombsPerM2PerRootSecond + " C/(m2 s^0.5)");
        }
        if (!(reactionLimitedSeconds >= 0) || !Double.isFinite(reactionLimitedSeconds)) {
            throw new InputException("interphase reaction-limited time must be finite and >= 0, got "
                    + reactionLimitedSeconds + " s");
        }
    }

    /** Li consumed by an interphase of this age, C/m2: {@code k (sqrt(t + t_r) - sqrt(t_r))}. */
    public double consumedCoulombsPerM2(double ageSeconds) {
        return lostCoulombsPerM2(0, ageSeconds);
    }

    /** Loss rate at this age, C/(m2 s): {@code k / (2 sqrt(t + t_r))} (infinite at age 0 only when t_r = 0). */
    public double rateCoulombsPerM2PerSecond(double ageSeconds) {
        return coulombsPerM2PerRootSecond / (2 * Math.sqrt(Math.max(0.0, ageSeconds) + reactionLimitedSeconds));
    }

    /**
     * {@code k (sqrt(t + dt + t_r) - sqrt(t + t_r))}, written as {@code k dt / (sqrt(t + dt + t_r) +
     * sqrt(t + t_r))} so that a short step on an old interphase does not lose its digits to
     * cancellation. Exact for any step, so the total does not depend on how the time is cut into steps.
     */
    @Override
    public double lostCoulombsPerM2(double ageSeconds, double dtSeconds) {
        if (!(dtSeconds > 0) || coulombsPerM2PerRootSecond == 0) {
            return 0.0;
        }
        double t = Math.max(0.0, ageSeconds) + reactionLimitedSeconds;
        return coulombsPerM2PerRootSecond * dtSeconds / (Math.sqrt(t + dtSeconds) + Math.sqrt(t));
    }
}
