package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.parameters.Parameter;

/**
 * Thicker Li makes better contact: {@code factor = 1 + beta tanh((h - hMean) / hMean)}, 0 <= beta < 1. The reasoning: a
 * region of thicker deposit carries more of the stack load, and the Li | solid-electrolyte interface
 * resistance falls with local pressure (Wang, Choudhury and Sakamoto, Joule 3, 2165, 2019; Krauskopf
 * et al., ACS Appl. Mater. Interfaces 11, 14463, 2019; both cited by Lewis et al., who propose that
 * thicker regions saw higher local currents and that local stress may explain the less uniform
 * full-cell deposits). The factor is bounded (between 1 - beta and 1 + beta) because contact can only
 * improve up to full contact and fall to none: an unbounded form (exponential or power law) makes the
 * thickest pixels take all the current in a finite capacity. It equals 1 at the mean; beta is
 * calibrated (row F2).
 */
public final class ThicknessContactFeedback implements ContactFeedback {
    private final double strength;

    /** What {@link #from} reads. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.DEPOSIT_CONTACT_FEEDBACK);

    /** The feedback with the parameter set's strength. */
    public static ThicknessContactFeedback from(LawContext c) {
        return new ThicknessContactFeedback(c.value(Parameter.DEPOSIT_CONTACT_FEEDBACK));
    }

    public ThicknessContactFeedback(double strength) {
        if (!(strength >= 0 && strength < 1)) {
            throw new InputException("contact feedback strength must be in [0, 1) so the factor stays positive, got "
                    + strength);
        }
        this.strength = strength;
    }

    @Override
    public double factor(double thicknessMeters, double meanThicknessMeters) {
        if (!(meanThicknessMeters > 0)) {
            return 1.0;
        }
        return 1.0 + strength * Math.tanh((thicknessMeters - meanThicknessMeters) / meanThicknessMeters);
    }

    public double strength() {
        return strength;
    }
}
