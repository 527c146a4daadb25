package org.anodefree.units;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anodefree.InputException;
import org.anodefree.protocol.Protocol;
import org.junit.jupiter.api.Test;

/** 1e309 reads as Infinity in Java; as a value with a unit it is an error naming the field (issue 16). */
class NonFiniteNumbersTest {
    @Test
    void valuesThatAreNotFiniteInSiAreErrors() {
        assertThatThrownBy(() -> Quantity.LENGTH.parse("1e309 um", "--pixel")).isInstanceOf(InputException.class)
                .hasMessage("--pixel: '1e309 um' is too large to be a number");
        // Finite as written, infinite once converted to C/m2.
        assertThatThrownBy(() -> Quantity.AREAL_CAPACITY.parse("1e307 mAh/cm2", "--passed")).hasMessageContaining("--passed");
        assertThatThrownBy(() -> Quantity.DIMENSIONLESS.parse("-1e400", "--cv")).hasMessageContaining("--cv");
    }

    @Test
    void aProtocolValueBeyondDoubleNamesItsLine() {
        assertThatThrownBy(() -> Protocol.parse("Rest for 1 min\nPlate at 1e309 mA/cm2 until 1 mAh/cm2", "p.txt"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("p.txt:2:10: ").hasMessageContaining("out of range");
    }
}
