package org.anodefree.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.anodefree.InputException;
import org.anodefree.ModelException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class CathodeOpenCircuitVoltageTest {
    private static final CathodeOpenCircuitVoltage OCV = CathodeOpenCircuitVoltage.defaultNmc();

    /** The closed-form fit of Chen et al. (2020) that the table samples, for an independent check. */
    private static double chen2020(double stoichiometry) {
        double x = stoichiometry;
        return -0.8090 * x + 4.4875 - 0.0428 * Math.tanh(18.5138 * (x - 0.5542))
                - 17.7326 * Math.tanh(15.7890 * (x - 0.3117)) + 17.5842 * Math.tanh(15.9308 * (x - 0.3120));
    }

    @Test
    void passesThroughTheTableAndFollowsThePublishedFitBetweenPoints() {
        assertThat(OCV.minStateOfCharge()).isEqualTo(0.0);
        assertThat(OCV.maxStateOfCharge()).isEqualTo(1.0);
        assertThat(OCV.volts(0.0)).isEqualTo(3.56140, within(1e-12));
        assertThat(OCV.volts(1.0)).isEqualTo(4.28493, within(1e-12));
        double worst = 0;
        for (int i = 0; i <= 1000; i++) {
            double soc = i / 1000.0;
            double x = 0.9084 - (0.9084 - 0.2661) * soc;
            worst = Math.max(worst, Math.abs(OCV.volts(soc) - chen2020(x)));
        }
        assertThat(worst).as("max |interpolated - fit| in V").isLessThan(1e-3); // measured 0.52 mV
    }

    @Property(tries = 200)
    void risesWithStateOfChargeAndInverts(@ForAll @DoubleRange(min = 0, max = 1) double a,
            @ForAll @DoubleRange(min = 0, max = 1) double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        assertThat(OCV.volts(hi)).isGreaterThanOrEqualTo(OCV.volts(lo));
        assertThat(OCV.stateOfCharge(OCV.volts(a))).isCloseTo(a, within(1e-9));
        assertThat(OCV.slopeVolts(a)).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void monotoneInterpolationDoesNotOvershootASteppedTable() {
        CathodeOpenCircuitVoltage step = new CathodeOpenCircuitVoltage(new double[] {0, 0.1, 0.2, 0.3, 1},
                new double[] {3.0, 3.001, 4.0, 4.001, 4.002});
        for (int i = 0; i <= 1000; i++) {
            double v = step.volts(i / 1000.0);
            assertThat(v).isBetween(3.0, 4.002);
        }
        assertThat(step.volts(0.05)).isBetween(3.0, 3.001);
    }

    @Test
    void rejectsBadTablesAndOutOfRangeQueries() {
        assertThatThrownBy(() -> new CathodeOpenCircuitVoltage(new double[] {0, 1}, new double[] {4, 3}))
                .isInstanceOf(InputException.class).hasMessageContaining("must both increase strictly");
        assertThatThrownBy(() -> OCV.volts(1.2)).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> OCV.stateOfCharge(5.0)).isInstanceOf(ModelException.class);
    }
}
