package org.anodefree.current;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.anodefree.InputException;
import org.anodefree.units.LithiumMetal;
import org.junit.jupiter.api.Test;

class ButlerVolmerKineticsTest {

    @Property(tries = 300)
    void overpotentialInvertsTheLaw(@ForAll @DoubleRange(min = -1e4, max = 1e4) double j,
            @ForAll @DoubleRange(min = 0.05, max = 1.5) double alphaA, @ForAll @DoubleRange(min = 0.05, max = 1.5) double alphaC,
            @ForAll @DoubleRange(min = 0.01, max = 1) double contact) {
        ButlerVolmerKinetics k = new ButlerVolmerKinetics(3.0, alphaA, alphaC, 300);
        double eta = k.overpotentialVolts(j, contact);
        assertThat(k.currentDensityAmpsPerM2(eta, contact)).isCloseTo(j, within(1e-9 * Math.abs(j) + 1e-12));
        double d = 1e-6 * (Math.abs(j) + 1);
        double slope = (k.overpotentialVolts(j + d, contact) - k.overpotentialVolts(j - d, contact)) / (2 * d);
        assertThat(k.differentialResistanceOhmM2(j, eta, contact)).isCloseTo(slope, within(1e-5 * slope));
        double dPsi = (k.dissipationPotentialWattsPerM2(j + d, k.overpotentialVolts(j + d, contact), contact)
                - k.dissipationPotentialWattsPerM2(j - d, k.overpotentialVolts(j - d, contact), contact))
                / (2 * d);
        assertThat(dPsi).isCloseTo(eta, within(1e-5 * Math.abs(eta) + 1e-9));
    }

    /** The exponential-free forms for alpha_a = alpha_c against the exponential ones, written out here. */
    @Property(tries = 300)
    void equalCoefficientShortcutsMatchTheExponentialForms(@ForAll @DoubleRange(min = -1e4, max = 1e4) double j,
            @ForAll @DoubleRange(min = 0.05, max = 1.5) double alpha,
            @ForAll @DoubleRange(min = 0.01, max = 1) double contact) {
        double j0 = 3.0;
        ButlerVolmerKinetics k = new ButlerVolmerKinetics(j0, alpha, alpha, 300);
        double f = alpha * LithiumMetal.FARADAY_COULOMBS_PER_MOL / (ButlerVolmerKinetics.GAS_CONSTANT_JOULES_PER_MOL_KELVIN * 300);
        double eta = k.overpotentialVolts(j, contact);
        double slope = 1.0 / (contact * j0 * f * (Math.exp(f * eta) + Math.exp(-f * eta)));
        assertThat(k.differentialResistanceOhmM2(j, eta, contact)).isCloseTo(slope, within(1e-12 * slope));
        double psi = j * eta - contact * j0 * (Math.expm1(f * eta) + Math.expm1(-f * eta)) / f;
        assertThat(k.dissipationPotentialWattsPerM2(j, eta, contact)).isCloseTo(psi, within(1e-9 * Math.abs(psi) + 1e-12));
    }

    /** The batch evaluation the solver uses agrees with the single-pixel methods, equal coefficients or not. */
    @Property(tries = 200)
    void batchEvaluationMatchesTheSinglePixelMethods(@ForAll @DoubleRange(min = -1e4, max = 1e4) double j,
            @ForAll @DoubleRange(min = 0.05, max = 1.5) double alphaA, @ForAll boolean equal,
            @ForAll @DoubleRange(min = 0.01, max = 1) double contact) {
        ButlerVolmerKinetics k = new ButlerVolmerKinetics(3.0, alphaA, equal ? alphaA : 0.5, 300);
        double[] js = {j, -0.5 * j, 0.0, 1e-9 * j};
        double[] cs = {contact, 1.0, contact, 0.5};
        double[] eta = new double[4];
        double[] slope = new double[4];
        double[] psi = new double[4];
        k.evaluate(js, cs, 4, eta, slope, psi);
        for (int i = 0; i < 4; i++) {
            double e = k.overpotentialVolts(js[i], cs[i]);
            double d = k.differentialResistanceOhmM2(js[i], e, cs[i]);
            double p = k.dissipationPotentialWattsPerM2(js[i], e, cs[i]);
            assertThat(eta[i]).isCloseTo(e, within(1e-14 * Math.abs(e)));
            assertThat(slope[i]).isCloseTo(d, within(1e-14 * d));
            assertThat(psi[i]).isCloseTo(p, within(1e-12 * Math.abs(p) + 1e-300));
        }
    }

    @Test
    void smallOverpotentialIsTheLinearisedChargeTransferResistance() {
        double j0 = 13.0;
        double t = 298.15;
        ButlerVolmerKinetics k = new ButlerVolmerKinetics(j0, 0.4, 0.6, t);
        double rct = ButlerVolmerKinetics.GAS_CONSTANT_JOULES_PER_MOL_KELVIN * t
                / (LithiumMetal.FARADAY_COULOMBS_PER_MOL * j0 * (0.4 + 0.6));
        assertThat(k.differentialResistanceOhmM2(0, 0, 1)).isCloseTo(rct, within(1e-12 * rct));
        assertThat(k.differentialResistanceOhmM2(0, 0, 0.25)).isCloseTo(4 * rct, within(1e-12 * rct));
    }

    @Test
    void badParametersAreRejectedWithTheValue() {
        assertThatThrownBy(() -> new ButlerVolmerKinetics(-1, 0.5, 0.5, 298)).isInstanceOf(InputException.class)
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new LinearKinetics(Double.NaN)).isInstanceOf(InputException.class);
    }
}
