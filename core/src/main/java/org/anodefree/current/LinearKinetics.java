package org.anodefree.current;

import org.anodefree.InputException;

/**
 * Linear (small-overpotential) kinetics, eta = j R_ct / c, with charge-transfer resistance R_ct of
 * a fully contacted pixel divided by its contact fraction c. R_ct = 0 is the primary
 * (ohmic-only) distribution, the no-op law.
 *
 * @param chargeTransferResistanceOhmM2 area-specific charge-transfer resistance of full contact,
 *     Ohm m2, finite and >= 0
 */
public record LinearKinetics(double chargeTransferResistanceOhmM2) implements Kinetics {
    public LinearKinetics {
        if (!(chargeTransferResistanceOhmM2 >= 0) || !Double.isFinite(chargeTransferResistanceOhmM2)) {
            throw new InputException("linear kinetics: charge-transfer resistance must be finite and >= 0 Ohm m2, got "
                    + chargeTransferResistanceOhmM2);
        }
    }

    /** Ideal kinetics: no charge-transfer resistance, the primary current distribution. */
    public static LinearKinetics primary() {
        return new LinearKinetics(0.0);
    }

    @Override
    public double overpotentialVolts(double currentDensityAmpsPerM2, double contactFraction) {
        return currentDensityAmpsPerM2 * chargeTransferResistanceOhmM2 / contactFraction;
    }

    @Override
    public double currentDensityAmpsPerM2(double overpotentialVolts, double contactFraction) {
        return overpotentialVolts * contactFraction / chargeTransferResistanceOhmM2;
    }

    @Override
    public double differentialResistanceOhmM2(double currentDensityAmpsPerM2, double overpotentialVolts,
            double contactFraction) {
        return chargeTransferResistanceOhmM2 / contactFraction;
    }

    @Override
    public double dissipationPotentialWattsPerM2(double currentDensityAmpsPerM2, double overpotentialVolts,
            double contactFraction) {
        return 0.5 * chargeTransferResistanceOhmM2 / contactFraction * currentDensityAmpsPerM2 * currentDensityAmpsPerM2;
    }

    @Override
    public boolean isLinear() {
        return true;
    }
}
