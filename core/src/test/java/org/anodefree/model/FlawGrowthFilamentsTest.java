package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.anodefree.grid.PixelGrid;
import org.anodefree.units.LithiumMetal;
import org.junit.jupiter.api.Test;

/** Exact reference cases of the flaw-growth filament law: Porz's flaw depth, the subcritical law, its threshold. */
class FlawGrowthFilamentsTest {
    private static final double VM_OVER_F = LithiumMetal.MOLAR_VOLUME_M3_PER_MOL / LithiumMetal.FARADAY_COULOMBS_PER_MOL;
    private static final double K_IC = 0.23e6;
    private static final double Y = 1.12;
    private static final double SEPARATOR = 650e-6;

    private static FlawGrowthFilaments law(double etaC, double n, double v0, double threshold, double phi) {
        ThresholdField uniform = (seed, stream, out) -> Arrays.fill(out, etaC);
        return new FlawGrowthFilaments(uniform, n, v0, threshold, phi, K_IC, Y, 0, 4.5e-4, SEPARATOR, 0.18);
    }

    @Test
    void theFlawThatReachesTheToughnessAtItsCriticalOverpotentialFollowsPorz() {
        FlawGrowthFilaments law = law(0.02, 6, 1e-8, 0, 0.01);
        double a0 = law.flawDepthMeters(0.02);
        // K = Y (F eta / V_m) sqrt(pi a) = K_Ic at eta = eta_c
        assertThat(Y * 0.02 / VM_OVER_F * Math.sqrt(Math.PI * a0)).isCloseTo(K_IC, within(1e-6 * K_IC));
        assertThat(law.flawDepthMeters(0.04)).isCloseTo(a0 / 4, within(1e-12 * a0));
    }

    @Test
    void withExponentTwoTheDepthGrowsExponentially() {
        FlawGrowthFilaments law = law(0.02, 2, 1e-8, 0, 0.01);
        double a0 = 1e-6;
        double dt = 30;
        // da/dt = v0 (eta / eta_c)^2 a / a0
        double expected = a0 * Math.exp(1e-8 / a0 * 0.25 * dt);
        assertThat(law.subcriticalDepthMeters(a0, a0, 0.01, 0.02, dt)).isCloseTo(expected, within(1e-12 * expected));
    }

    @Test
    void theClosedFormAgreesWithAFineIntegrationOfTheRateLaw() {
        double n = 6;
        FlawGrowthFilaments law = law(0.02, n, 1e-8, 0, 0.01);
        double a0 = 1e-6;
        double eta = 0.015;
        double a = a0;
        int steps = 200_000;
        double dt = 40.0 / steps;
        for (int k = 0; k < steps; k++) {
            // midpoint rule on da/dt = v0 (K / K_Ic)^n, K / K_Ic = (eta / eta_c) sqrt(a / a0)
            double mid = a + 0.5 * dt * 1e-8 * Math.pow(eta / 0.02 * Math.sqrt(a / a0), n);
            a += dt * 1e-8 * Math.pow(eta / 0.02 * Math.sqrt(mid / a0), n);
        }
        assertThat(law.subcriticalDepthMeters(a0, a0, eta, 0.02, 40)).isCloseTo(a, within(1e-9 * a));
    }

    @Test
    void aFlawBelowTheThresholdDoesNotGrowAndOneAboveItDoes() {
        FlawGrowthFilaments law = law(0.02, 6, 1e-8, 0.5, 0.01);
        double a0 = 1e-6;
        assertThat(law.subcriticalDepthMeters(a0, a0, 0.0099, 0.02, 1e6)).isEqualTo(a0);
        assertThat(law.subcriticalDepthMeters(a0, a0, 0.0101, 0.02, 1)).isGreaterThan(a0);
        // a flaw grown to 4 a0 has twice the stress intensity, so half the overpotential keeps it growing
        assertThat(law.subcriticalDepthMeters(4 * a0, a0, 0.006, 0.02, 1)).isGreaterThan(4 * a0);
    }

    @Test
    void theFocusIsTheRatioOfColumnResistances() {
        FlawGrowthFilaments law = law(0.02, 6, 1e-8, 0, 0.01);
        double column = 4.5e-4 + SEPARATOR / 0.18;
        assertThat(law.focus(0)).isEqualTo(1.0);
        assertThat(law.focus(SEPARATOR / 2)).isCloseTo(column / (column - SEPARATOR / 2 / 0.18), within(1e-12));
    }

    @Test
    void growthIsHeldToTheLiThePixelPlatesAndEveryCoulombIsCounted() {
        FlawGrowthFilaments law = law(0.001, 6, 1.0, 0, 0.01);
        FilamentLaw.Filaments f = law.start(1, PixelGrid.square(1, 10e-6), SEPARATOR, new FilamentBridgeShort(1e-4));
        double before = f.lengthMeters(0);
        double q = 0.05;
        double taken = f.plate(0, 10, 1, 0.02, true, q, 1);
        // a runaway flaw takes all the pixel's Li, and advances by its volume over the tip's area
        assertThat(taken).isEqualTo(q);
        assertThat(f.lengthMeters(0) - before).isCloseTo(q * VM_OVER_F / 0.01, within(1e-15));
        assertThat(f.coulombsPerM2(0)).isEqualTo(q);
    }

    @Test
    void anUnconfinedFreshFlawIsNotPressurised() {
        FlawGrowthFilaments law = law(0.001, 6, 1.0, 0, 0.01);
        FilamentLaw.Filaments f = law.start(1, PixelGrid.square(1, 10e-6), SEPARATOR, new FilamentBridgeShort(1e-4));
        assertThat(f.plate(0, 10, 1, 0.02, false, 0.05, 1)).isZero();
    }
}
