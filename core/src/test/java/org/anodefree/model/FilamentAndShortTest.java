package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.anodefree.InputException;
import org.anodefree.units.LithiumMetal;
import org.junit.jupiter.api.Test;

class FilamentAndShortTest {

    @Test
    void filamentsStartAboveTheThresholdAndGrowAtTipCurrent() {
        TipCurrentFilaments law = new TipCurrentFilaments(0.01);
        assertThat(law.starts(20.1, 20.0)).isTrue();
        assertThat(law.starts(20.0, 20.0)).isFalse();
        assertThat(law.starts(-100, 20.0)).isFalse();
        // 1 mA/cm2 = 10 A/m2 grows a flat layer at 4.85 um/h; a 1% tip grows 100x faster.
        double flat = 10.0 * LithiumMetal.MOLAR_VOLUME_M3_PER_MOL / LithiumMetal.FARADAY_COULOMBS_PER_MOL;
        assertThat(law.growthMetersPerSecond(10.0)).isCloseTo(flat / 0.01, within(1e-20));
        assertThat(flat * 3600).isCloseTo(4.85e-6, within(0.01e-6));
        assertThat(law.growthMetersPerSecond(-10.0)).isZero();
        // Crossing 650 um at 1 mA/cm2 through a 1% tip takes 650 / 485 h = 1.34 h.
        assertThat(6.5e-4 / law.growthMetersPerSecond(10.0) / 3600).isCloseTo(1.34, within(0.01));
        assertThatThrownBy(() -> new TipCurrentFilaments(0)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> new TipCurrentFilaments(1.5)).isInstanceOf(InputException.class);
    }

    @Test
    void noOpFilamentsNeverStartOrGrow() {
        FilamentLaw.Filaments none = new FilamentLaw.None().start(1, org.anodefree.grid.PixelGrid.square(4, 1e-5), 6.5e-4,
                new FilamentBridgeShort(1e-4));
        assertThat(none.plate(0, 1e9, 1e-3, 1.0, true, 1.0, 1.0)).isZero();
        assertThat(none.bridging()).isZero();
        assertThat(none.maxLengthMeters()).isZero();
        assertThat(none.stableStepSeconds(new double[] {-1e9, 0, 0, 0}, new boolean[] {true, true, true, true}, 1e-5))
                .isInfinite();
    }

    @Test
    void aBridgingFilamentShortsAndParallelFilamentsLowerTheResistance() {
        FilamentBridgeShort s = new FilamentBridgeShort(1e-4);
        assertThat(s.bridges(6.5e-4, 6.5e-4)).isTrue();
        assertThat(s.bridges(6.4e-4, 6.5e-4)).isFalse();
        assertThat(s.shortResistanceOhmM2(0)).isInfinite();
        assertThat(s.shortResistanceOhmM2(1)).isEqualTo(1e-4);
        assertThat(s.shortResistanceOhmM2(4)).isEqualTo(2.5e-5);
        ShortCircuitCriterion none = new ShortCircuitCriterion.None();
        assertThat(none.bridges(1, 1e-3)).isFalse();
        assertThat(none.shortResistanceOhmM2(10)).isInfinite();
    }
}
