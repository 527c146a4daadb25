package org.anodefree.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.anodefree.InputException;
import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void oneMilliampHourPerCm2IsFourPointEightFiveMicrometres() {
        assertThat(LithiumMetal.thicknessMetersFromCapacity(1.0)).isCloseTo(4.85e-6, within(0.005e-6));
        assertThat(LithiumMetal.DENSITY_KG_PER_M3).isCloseTo(534, within(1.0));
    }

    @Property
    void capacityAndThicknessRoundTrip(@ForAll @DoubleRange(min = 0, max = 1e3) double capacity) {
        double t = LithiumMetal.thicknessMetersFromCapacity(capacity);
        assertThat(LithiumMetal.capacityMilliampHoursPerCm2FromThickness(t)).isCloseTo(capacity, within(1e-9 * (1 + capacity)));
    }

    @Test
    void parsesValuesWithUnits() {
        assertThat(Quantity.LENGTH.parse("1.7um", "--pixel")).isCloseTo(1.7e-6, within(1e-18));
        assertThat(Quantity.LENGTH.parse("1.7 µm", "--pixel")).isCloseTo(1.7e-6, within(1e-18));
        assertThat(Quantity.CURRENT_DENSITY.parse("0.5 mA/cm2", "x")).isCloseTo(5.0, within(1e-12));
        assertThat(Quantity.CURRENT_DENSITY.parse("0.5mA/cm²", "x")).isCloseTo(5.0, within(1e-12));
        assertThat(Quantity.AREAL_CAPACITY.parseIn("3mAh/cm2", "mAh/cm2", "x")).isCloseTo(3.0, within(1e-12));
        assertThat(Quantity.CONDUCTIVITY.parse("1.8mS/cm", "x")).isCloseTo(0.18, within(1e-12));
        assertThat(Quantity.PRESSURE.parse("15MPa", "x")).isEqualTo(15e6);
        assertThat(Quantity.TIME.parse("10 min", "x")).isEqualTo(600.0);
        assertThat(Quantity.DIMENSIONLESS.parse("0.64", "x")).isEqualTo(0.64);
    }

    @Test
    void missingOrUnknownUnitsAreClearErrors() {
        assertThatThrownBy(() -> Quantity.LENGTH.parse("1.7", "--pixel-size"))
                .isInstanceOf(InputException.class).hasMessageContaining("--pixel-size").hasMessageContaining("no unit");
        assertThatThrownBy(() -> Quantity.LENGTH.parse("1.7furlong", "--pixel-size"))
                .isInstanceOf(InputException.class).hasMessageContaining("furlong").hasMessageContaining("um");
        assertThatThrownBy(() -> Quantity.LENGTH.parse("abc", "--size"))
                .isInstanceOf(InputException.class).hasMessageContaining("abc");
    }
}
