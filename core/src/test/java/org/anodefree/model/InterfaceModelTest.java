package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anodefree.InputException;
import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** The interface model built by name: defaults, switching laws off, the catalog, and bad names. */
class InterfaceModelTest {
    private static final ModelParameters P = ModelParameters.defaults();
    private static final CellDesign HALF = CellDesign.of(CellType.HALF, P);
    private static final PixelGrid GRID = PixelGrid.square(64, 10e-6);

    @Test
    void defaultsBuildEveryLawTheParameterFileNames() {
        InterfaceModel m = InterfaceModel.of(P, HALF, GRID, LawNumerics.defaults());
        assertThat(m.kinetics()).isInstanceOf(ButlerVolmerElectrode.class);
        assertThat(m.nucleation()).isInstanceOf(ClassicalNucleation.class);
        assertThat(m.heterogeneity()).isInstanceOf(LognormalHeterogeneity.class);
        assertThat(m.contactFeedback()).isInstanceOf(ThicknessContactFeedback.class);
        assertThat(m.creep()).isInstanceOf(ThinFilmCreep.class);
        assertThat(m.voids()).isInstanceOf(CreepLimitedVoids.class);
        assertThat(m.filaments()).isInstanceOf(FlawGrowthFilaments.class);
        assertThat(m.spreading()).isInstanceOf(IslandGrowth.class);
        assertThat(m.shortCircuit()).isInstanceOf(FilamentBridgeShort.class);
        assertThat(m.interphase()).isInstanceOf(ParabolicInterphase.class);
        assertThat(ModelOptions.of(P)).isEqualTo(ModelOptions.defaults());
    }

    @Test
    void anyLawSwitchesOffByNameAndNoneSwitchesEveryOneOff() {
        InterfaceModel m = InterfaceModel.of(P.withOverrides(List.of("model.nucleation=none", "model.filaments=none",
                "model.kinetics=linear")), HALF, GRID, LawNumerics.defaults());
        assertThat(m.nucleation()).isInstanceOf(NucleationLaw.None.class);
        assertThat(m.filaments()).isInstanceOf(FilamentLaw.None.class);
        assertThat(m.kinetics()).isInstanceOf(LinearElectrode.class);
        assertThat(m.voids()).isInstanceOf(CreepLimitedVoids.class);
        InterfaceModel none = InterfaceModel.of(new LawContext(P, HALF, GRID, ModelOptions.none("butler-volmer"), LawNumerics.defaults()));
        assertThat(none.heterogeneity()).isInstanceOf(InterfaceHeterogeneity.None.class);
        assertThat(none.creep()).isInstanceOf(DepositRelaxation.None.class);
        assertThat(none.voids()).isInstanceOf(VoidLaw.None.class);
        assertThat(none.shortCircuit()).isInstanceOf(ShortCircuitCriterion.None.class);
        assertThat(none.interphase()).isInstanceOf(LithiumLossLaw.None.class);
    }

    @Test
    void patchWeibullThresholdsScaleTheCellLawToThePixel() {
        ModelParameters p = P.withOverrides(List.of("model.filamentThresholds=patch-weibull",
                "filament.criticalCurrentDensityScaleAmpsPerM2=20", "filament.criticalCurrentDensityWeibullShape=3"));
        LawContext c = new LawContext(p, HALF, GRID, ModelOptions.of(p), LawNumerics.defaults());
        WeibullThresholds f = (WeibullThresholds) LawCatalog.build(
                LawCatalog.Mechanism.FILAMENT_THRESHOLDS, c, ThresholdField.class);
        // 0.785 cm2 / (10 um)^2 = 785,398 pixels; shape 3: pixel scale = 20 A/m2 * 785398^(1/3) = 184.5 A/m2.
        assertThat(f.scaleAmpsPerM2()).isCloseTo(20.0 * Math.cbrt(Math.PI * 0.25e-4 / 1e-10),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(LawCatalog.build(LawCatalog.Mechanism.FILAMENT_THRESHOLDS, LawContext.of(P, HALF, GRID),
                ThresholdField.class)).isInstanceOf(CellEquivalentWeakSites.class);
    }

    @Test
    void anUnknownLawOrMechanismNamesTheChoices() {
        assertThatThrownBy(() -> ModelOptions.of(P.withOverride("model.filaments=weibul")))
                .isInstanceOf(InputException.class).hasMessageContaining("weibull-tip").hasMessageContaining("none");
        assertThatThrownBy(() -> ModelOptions.of(P.withOverride("model.filament=none")))
                .isInstanceOf(InputException.class).hasMessageContaining("filaments");
        assertThatThrownBy(() -> P.withOverride("model.voids=")).isInstanceOf(InputException.class);
    }

    @Test
    void everyMechanismHasAnOffOrNeutralLawAndEveryLawDeclaresParametersThatExist() {
        for (LawCatalog.Mechanism m : LawCatalog.Mechanism.values()) {
            assertThat(LawCatalog.names(m)).as(m.key()).isNotEmpty();
            if (m != LawCatalog.Mechanism.KINETICS && m != LawCatalog.Mechanism.FILAMENT_THRESHOLDS) {
                assertThat(LawCatalog.names(m)).as(m.key()).contains("none");
            }
        }
        Set<Parameter> read = EnumSet.noneOf(Parameter.class);
        for (LawCatalog.Law l : LawCatalog.all()) {
            read.addAll(l.reads());
            // a law built from a context holds its values: building it twice gives equal behaviour
            Object built = l.factory().apply(new LawContext(P, HALF, GRID, ModelOptions.defaults(), LawNumerics.defaults()));
            assertThat(built).as(l.mechanism().key() + " " + l.name()).isNotNull();
        }
        // the laws read the physics parameters (cell.*, lpsc.*, cathode.* and grid.* are read by the cell and
        // the problem; li.yield and the moduli are documented in the file but read by no law yet)
        assertThat(read).contains(Parameter.FILAMENT_CRITICAL_SCALE, Parameter.VOID_CRITICAL_SCALE,
                Parameter.DEPOSIT_CREEP_DIFFUSIVITY, Parameter.LOSS_INTERPHASE_GROWTH);
    }
}
