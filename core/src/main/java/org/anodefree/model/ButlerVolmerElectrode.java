package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.current.ButlerVolmerKinetics;
import org.anodefree.current.Kinetics;
import org.anodefree.parameters.Parameter;

/**
 * Butler-Volmer kinetics of Li | LPSC with transfer coefficients alpha and 1 - alpha (Newman and
 * Thomas-Alyea, Electrochemical Systems, 3rd ed., 2004, ch. 8): the overpotential rises logarithmically at
 * high current, which softens current focusing as the current grows.
 *
 * @param exchangeCurrentDensityAmpsPerM2 j0
 * @param transferCoefficient alpha (anodic), in (0, 1)
 * @param temperatureKelvin the cell's temperature
 */
public record ButlerVolmerElectrode(double exchangeCurrentDensityAmpsPerM2, double transferCoefficient,
        double temperatureKelvin) implements ElectrodeKinetics {

    /** What {@link #from} reads. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.LI_EXCHANGE_CURRENT_DENSITY,
            Parameter.KINETICS_TRANSFER_COEFFICIENT);

    public ButlerVolmerElectrode {
        if (!(exchangeCurrentDensityAmpsPerM2 > 0) || !(transferCoefficient > 0 && transferCoefficient < 1)
                || !(temperatureKelvin > 0)) {
            throw new InputException("Butler-Volmer kinetics: need j0 > 0, 0 < alpha < 1 and T > 0, got "
                    + exchangeCurrentDensityAmpsPerM2 + " A/m2, " + transferCoefficient + ", " + temperatureKelvin + " K");
        }
    }

    /** The law with the parameter set's j0 and alpha at the cell's temperature. */
    public static ButlerVolmerElectrode from(LawContext c) {
        return new ButlerVolmerElectrode(c.value(Parameter.LI_EXCHANGE_CURRENT_DENSITY),
                c.value(Parameter.KINETICS_TRANSFER_COEFFICIENT), c.cell().temperatureKelvin());
    }

    @Override
    public Kinetics scaled(double exchangeScale) {
        return new ButlerVolmerKinetics(exchangeCurrentDensityAmpsPerM2 * exchangeScale, transferCoefficient,
                1 - transferCoefficient, temperatureKelvin);
    }
}
