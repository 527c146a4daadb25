package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.parameters.ModelParameters;
import org.junit.jupiter.api.Test;

class InterfaceLawsTest {

    @Test
    void defaultsBuildEveryLawAndScaleThresholdsToThePixel() {
        ModelParameters p = ModelParameters.defaults();
        InterfaceLaws cellEquivalent = InterfaceLaws.from(p, CellDesign.of(CellType.HALF, p), 64, 10e-6);
        assertThat(cellEquivalent.filamentThreshold()).isInstanceOf(CellEquivalentWeakSites.class);
        assertThat(cellEquivalent.voids()).isInstanceOf(CreepLimitedVoids.class);
        assertThat(cellEquivalent.depositRelaxation()).isInstanceOf(ThinFilmCreep.class);
        // void thresholds are per pixel as given (an area effect, no weakest-link scaling)
        assertThat(((CorrelatedWeibullCriticalCurrentDensity) cellEquivalent.voidThreshold()).scaleAmpsPerM2())
                .isEqualTo(10.0);
        InterfaceLaws laws = InterfaceLaws.from(p.withOverrides(java.util.List.of("filament.cellEquivalentWeakSites=0",
                        "filament.criticalCurrentDensityScaleAmpsPerM2=20", "filament.criticalCurrentDensityWeibullShape=3")),
                CellDesign.of(CellType.HALF, p), 64, 10e-6);
        assertThat(laws.nucleation()).isInstanceOf(ClassicalNucleation.class);
        WeibullCriticalCurrentDensity f = (WeibullCriticalCurrentDensity) laws.filamentThreshold();
        // 0.785 cm2 / (10 um)^2 = 785,398 pixels; shape 3: pixel scale = 20 A/m2 * 785398^(1/3) = 184.5 A/m2.
        assertThat(f.scaleAmpsPerM2()).isCloseTo(20.0 * Math.cbrt(Math.PI * 0.25e-4 / 1e-10),
                org.assertj.core.data.Offset.offset(1e-9));
        InterfaceLaws off = InterfaceLaws.from(p.withOverride("nucleation.overpotentialVolts=0"),
                CellDesign.of(CellType.HALF, p), 64, 10e-6);
        assertThat(off.nucleation()).isInstanceOf(NucleationLaw.None.class);
        assertThat(InterfaceLaws.none().filaments()).isInstanceOf(FilamentLaw.None.class);
    }
}
