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
        CathodeState c = CathodeState.assembled(CellDesign.of(CellType.FULL, P), P);
        double q = c.loadingCoulombsPerM2();
        assertThat(c.stateOfCharge()).isZero();
        CathodeState charged = c.charged(q, 1);
        assertThat(charged.stateOfCharge()).isEqualTo(1.0);
        assertThat(charged.acceptableCoulombsPerM2() / q).isCloseTo(0.80, within(1e-12)); // CE1 80%
        CathodeState back = charged.discharged(charged.acceptableCoulombsPerM2());
        assertThat(back.stateOfCharge()).isCloseTo(0.20, within(1e-12));
        // Cycle 2 extracts what came back and returns 99.4% of it.
        double q2 = back.extractableCoulombsPerM2();
        CathodeState c2 = back.charged(q2, 2);
        assertThat(c2.acceptableCoulombsPerM2() / q2).isCloseTo(0.994, within(1e-12));
        assertThatThrownBy(() -> c2.discharged(q2)).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> c.charged(2 * q, 1)).isInstanceOf(ModelException.class);
    }

    /** Li is conserved: what the cathode lost equals charge out minus charge in, whatever the sequence. */
    @Property(tries = 200)
    void lithiumIsConservedAndSitesNeverRise(@ForAll @Size(max = 30) java.util.List<@DoubleRange(min = -1, max = 1) Double> moves) {
        CathodeState c = new CathodeState(108000, 108000, 108000, 0.2, 0.006);
        double out = 0;
        double in = 0;
        long cycle = 1;
        for (double m : moves) {
            double before = c.sitesCoulombsPerM2();
            if (m > 0) {
                double q = m * c.extractableCoulombsPerM2();
                c = c.charged(q, cycle);
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
