package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.parameters.Parameter;

/**
 * Stochastic nucleation with the rate of classical three-dimensional nucleation theory,
 * {@code k(eta) = nu * exp(-(eta_n / eta)^2)}: the free-energy barrier of a critical nucleus scales
 * as 1/eta^2 with the cathodic overpotential eta (Budevski, Staikov and Lorenz, Electrochemical Phase
 * Formation and Growth, VCH 1996, ch. 3; applied to Li by Ely and Garcia, J. Electrochem. Soc. 160,
 * A662, 2013). A pixel nucleates in dt with probability {@code 1 - exp(-k dt)}.
 *
 * <p>{@code eta_n} is the characteristic nucleation overpotential: at eta = eta_n the rate is nu/e,
 * and it falls off steeply below it, so the cell must polarise to about eta_n before Li appears.
 */
public final class ClassicalNucleation implements NucleationLaw {
    private final double nucleationOverpotentialVolts;
    private final double attemptRatePerSecond;

    /** What {@link #from} reads. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.NUCLEATION_OVERPOTENTIAL,
            Parameter.NUCLEATION_ATTEMPT_RATE);

    /** The law with the parameter set's eta_n and nu. */
    public static ClassicalNucleation from(LawContext c) {
        return new ClassicalNucleation(c.value(Parameter.NUCLEATION_OVERPOTENTIAL), c.value(Parameter.NUCLEATION_ATTEMPT_RATE));
    }

    public ClassicalNucleation(double nucleationOverpotentialVolts, double attemptRatePerSecond) {
        if (!(nucleationOverpotentialVolts > 0) || !Double.isFinite(nucleationOverpotentialVolts)) {
            throw new InputException("nucleation overpotential must be positive, got " + nucleationOverpotentialVolts
                    + " V (choose model.nucleation: none for no barrier)");
        }
        if (!(attemptRatePerSecond > 0) || !Double.isFinite(attemptRatePerSecond)) {
            throw new InputException("nucleation attempt rate must be positive, got " + attemptRatePerSecond + " 1/s");
        }
        this.nucleationOverpotentialVolts = nucleationOverpotentialVolts;
        this.attemptRatePerSecond = attemptRatePerSecond;
    }

    /** Nucleation rate per pixel, 1/s. */
    public double ratePerSecond(double cathodicOverpotentialVolts) {
        if (!(cathodicOverpotentialVolts > 0)) {
            return 0.0;
        }
        double r = nucleationOverpotentialVolts / cathodicOverpotentialVolts;
        return attemptRatePerSecond * Math.exp(-r * r);
    }

    @Override
    public double probability(double cathodicOverpotentialVolts, double dtSeconds) {
        // -expm1(-x) = 1 - exp(-x) without cancellation when k dt is tiny.
        return -Math.expm1(-ratePerSecond(cathodicOverpotentialVolts) * dtSeconds);
    }

    public double nucleationOverpotentialVolts() {
        return nucleationOverpotentialVolts;
    }

    public double attemptRatePerSecond() {
        return attemptRatePerSecond;
    }
}
