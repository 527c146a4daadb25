package org.anodefree.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.anodefree.ModelException;
import org.anodefree.parameters.ModelParameters;
import org.junit.jupiter.api.Test;

class CathodeStateTest {
    private static final ModelParameters P = ModelParameters.defaults();

    @Test
    void fullChargeAndDischargeGiveTheFirstCycleEfficiencyOfTheParameterSet() {
        CathodeState c = CathodeModel.of(P).assembled(CellDesign.of(CellType.FULL, P));
        double q = c.loadingCoulombsPerM2();
        assertThat(c.stateOfCharge()).isZero();
        CathodeState charged = c.charged(q, 21600, 1);
        assertThat(charged.stateOfCharge()).isEqualTo(1.0);
        assertThat(charged.acceptableCoulombsPerM2() / q).isCloseTo(0.80, within(1e-12)); // CE1 80%
        CathodeState back = charged.discharged(charged.acceptableCoulombsPerM2());
        assertThat(back.stateOfCharge()).isCloseTo(0.20, within(1e-12));
        // Cycle 2 extracts what came back in 4.8 h and loses k (sqrt(6 h + 4.8 h) - sqrt(6 h)) of it.
        double q2 = back.extractableCoulombsPerM2();
        CathodeState c2 = back.charged(q2, 17280, 2);
        double k = P.value(org.anodefree.parameters.Parameter.CATHODE_INTERPHASE_GROWTH);
        double lost = k * (Math.sqrt(21600 + 17280) - Math.sqrt(21600));
        assertThat(q2 - c2.acceptableCoulombsPerM2()).isCloseTo(lost, within(1e-9));
        assertThat(c2.chargeSeconds()).isEqualTo(21600 + 17280);
        assertThatThrownBy(() -> c2.discharged(q2)).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> c.charged(2 * q, 1, 1)).isInstanceOf(ModelException.class);
    }

    /**
     * The interphase loss per charge decays as the square root of the charging time, whatever the step
     * size: charging in many short steps loses what one step does, and cycle 100 loses far less than
     * cycle 2 (the Li-excess full cell's rising CE, Lewis et al. Fig. 4d-e).
     */
    @Test
    void theInterphaseLossDecaysWithChargingTimeAndDoesNotDependOnTheStep() {
        CathodeState one = new CathodeState(108000, 108000, 108000, 0.2, 15.7, 21600).charged(1000, 17280, 2);
        CathodeState many = new CathodeState(108000, 108000, 108000, 0.2, 15.7, 21600);
        for (int k = 0; k < 1728; k++) {
            many = many.charged(1000.0 / 1728, 10, 2);
        }
        assertThat(many.sitesCoulombsPerM2()).isCloseTo(one.sitesCoulombsPerM2(), within(1e-9));
        CathodeState fresh = new CathodeState(108000, 108000, 108000, 0.2, 15.7, 21600);
        CathodeState old = new CathodeState(108000, 108000, 108000, 0.2, 15.7, 21600 + 98 * 17280.0);
        double lost2 = fresh.interphaseLossCoulombsPerM2(17280);
        double lost100 = old.interphaseLossCoulombsPerM2(17280);
        assertThat(lost100).isLessThan(lost2 / 4);
        assertThat(fresh.interphaseLossCoulombsPerM2(0)).isZero();
    }

    /** Li is conserved: what the cathode lost equals charge out minus charge in, whatever the sequence. */
    @Property(tries = 200)
    void lithiumIsConservedAndSitesNeverRise(@ForAll @Size(max = 30) java.util.List<@DoubleRange(min = -1, max = 1) Double> moves) {
        CathodeState c = new CathodeState(108000, 108000, 108000, 0.2, 15.7, 0);
        double out = 0;
        double in = 0;
        long cycle = 1;
        for (double m : moves) {
            double before = c.sitesCoulombsPerM2();
            if (m > 0) {
                double q = m * c.extractableCoulombsPerM2();
                c = c.charged(q, 1000 * m, cycle);
                out += q;
            } else {
                double q = -m * c.acceptableCoulombsPerM2();
                c = c.discharged(q);
                in += q;
                cycle++;
            }
            assertThat(c.sitesCoulombsPerM2()).isLessThanOrEqualTo(before);
            assertThat(c.lithiumCoulombsPerM2()).isBetween(0.0, c.sitesCoulombsPerM2());
        }
        assertThat(108000 - c.lithiumCoulombsPerM2()).isCloseTo(out - in, within(1e-9 * 108000));
    }
}
