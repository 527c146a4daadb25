package org.anodefree.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.anodefree.InputException;
import org.anodefree.parameters.ModelParameters;
import org.junit.jupiter.api.Test;

class CellDesignTest {
    private static final ModelParameters P = ModelParameters.defaults();

    @Test
    void buildsThePapersThreeCellsFromTheParameterSet() {
        CellDesign half = CellDesign.of(CellType.HALF, P);
        assertThat(half.electrodeAreaM2()).isCloseTo(Math.PI * 0.25e-4, within(1e-15)); // 0.785 cm2
        assertThat(half.cathodeLoadingCoulombsPerM2()).isZero();
        assertThat(half.initialAnodeLithiumCoulombsPerM2()).isZero();
        assertThat(half.lithiumFoilThicknessMeters()).isEqualTo(3e-4);

        CellDesign full = CellDesign.of(CellType.FULL, P.withOverride("cell.cathodeLoadingMilliampHoursPerCm2=6"));
        assertThat(full.cathodeLoadingMilliampHoursPerCm2()).isCloseTo(6.0, within(1e-12));
        assertThat(full.lithiumFoilThicknessMeters()).isZero();

        CellDesign excess = CellDesign.of(CellType.LI_EXCESS, P);
        // 300 um of Li holds 300 / 4.85 = 61.9 mAh/cm2
        assertThat(excess.initialAnodeLithiumCoulombsPerM2() / 36000.0).isCloseTo(3e-4 * 96485.33212 / 13.0e-6 / 36000.0, within(1e-9)); // 61.85 mAh/cm2
        assertThat(excess.currentAmps(5.0)).isCloseTo(5.0 * Math.PI * 0.25e-4, within(1e-15));
    }

    @Test
    void rejectsDesignsThatCannotBeBuilt() {
        assertThatThrownBy(() -> new CellDesign(CellType.HALF, 0.01, 6.5e-4, 15e6, 298, 108000, 3e-4, 0.18))
                .isInstanceOf(InputException.class).hasMessageContaining("a half cell has no cathode");
        assertThatThrownBy(() -> new CellDesign(CellType.FULL, 0.01, 6.5e-4, 15e6, 298, 0, 0, 0.18))
                .hasMessageContaining("cathode loading must be positive");
        assertThatThrownBy(() -> new CellDesign(CellType.FULL, 0.01, 6.5e-4, 15e6, 298, 108000, 1e-4, 0.18))
                .hasMessageContaining("anode-free full cell has no Li foil");
        assertThatThrownBy(() -> new CellDesign(CellType.LI_EXCESS, 0.01, 0, 15e6, 298, 108000, 3e-4, 0.18))
                .hasMessageContaining("separator thickness must be positive");
        assertThatThrownBy(() -> CellType.parse("excess", "--cell")).hasMessageContaining("use half, full or li-excess");
        assertThat(CellType.parse(" Li-Excess ", "--cell")).isEqualTo(CellType.LI_EXCESS);
    }
}
