package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.current.ButlerVolmerKinetics;
import org.anodefree.current.Kinetics;
import org.anodefree.current.LinearKinetics;
import org.anodefree.parameters.Parameter;
import org.anodefree.units.LithiumMetal;

/**
 * Butler-Volmer linearised at zero overpotential: a charge-transfer resistance {@code R_ct = RT / (F j0)}
 * (Newman and Thomas-Alyea, 2004, eq. 8.17). With it and a fixed heterogeneity field the current
 * distribution does not depend on the applied current (MODEL.md's design note), which makes it the
 * reference case for tests, not the law for the paper's current dependence.
 *
 * @param exchangeCurrentDensityAmpsPerM2 j0
 * @param temperatureKelvin the cell's temperature
 */
public record LinearElectrode(double exchangeCurrentDensityAmpsPerM2, double temperatureKelvin)
        implements ElectrodeKinetics {

    /** What {@link #from} reads. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.LI_EXCHANGE_CURRENT_DENSITY);

    public LinearElectrode {
        if (!(exchangeCurrentDensityAmpsPerM2 > 0) || !(temperatureKelvin > 0)) {
            throw new InputException("linear kinetics: need j0 > 0 and T > 0, got " + exchangeCurrentDensityAmpsPerM2
                    + " A/m2 and " + temperatureKelvin + " K");
        }
    }

    /** The law with the parameter set's j0 at the cell's temperature. */
    public static LinearElectrode from(LawContext c) {
        return new LinearElectrode(c.value(Parameter.LI_EXCHANGE_CURRENT_DENSITY), c.cell().temperatureKelvin());
    }

    /** R_ct at scale 1, Ohm m2. */
    public double chargeTransferResistanceOhmM2() {
        return ButlerVolmerKinetics.GAS_CONSTANT_JOULES_PER_MOL_KELVIN * temperatureKelvin
                / (LithiumMetal.FARADAY_COULOMBS_PER_MOL * exchangeCurrentDensityAmpsPerM2);
    }

    @Override
    public Kinetics scaled(double exchangeScale) {
        return new LinearKinetics(chargeTransferResistanceOhmM2() / exchangeScale);
    }
}
