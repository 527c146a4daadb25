package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.Parameter;
import org.anodefree.units.LithiumMetal;

/**
 * Voids open where stripping outruns creep resupply, and close by creep and by plating.
 *
 * <p>At a stripping pixel the current through the Li that still touches the electrolyte is
 * {@code j / c}. Creep can bring Li to the interface at the rate of a critical current
 * {@code j_v = j_v,i (p / p_ref)^q r(h)}: the pixel's thick-foil threshold (Weibull over pixels), the
 * pressure dependence of the measured critical stripping current, and a resupply factor
 * {@code r(h) = min(1, h / h_r)^m} that falls as the layer thins: Li creeping towards a stripping spot
 * through a film of thickness h crosses a section proportional to h (m = 1), while a foil thicker than
 * h_r is resupplied from below as well as sideways and is not limited by its thickness. The excess
 * {@code j / c - j_v} removes Li from the contact plane that nothing replaces; contact is lost once that
 * retreat reaches the height of the interface's asperities delta:
 * {@code dc/dt = -c (j / c - j_v) V_m / (F delta)} (the void-growth picture of Kasemchainan et al.,
 * Nat. Mater. 18, 1105, 2019, doi:10.1038/s41563-019-0438-9, where voids form when the stripping flux
 * exceeds the creep flux towards the interface). Otherwise contact recovers:
 * {@code dc/dt = (1 - c) (r(h) (p / p_ref)^q / tau + j_plate V_m / (F delta))}, creep refilling at the
 * same pressure and thickness dependence, plus plated Li filling the gap. Each update is the exact
 * solution for frozen inputs over the step, so c stays in [0, 1].
 *
 * <p>The pressure exponent q = ln(1.0 / 0.2) / ln(7 / 3) = 1.9 is read off Kasemchainan et al.'s
 * critical stripping currents (0.2 mA/cm2 at 3 MPa, 1.0 mA/cm2 at 7 MPa).
 */
public final class CreepLimitedVoids implements VoidLaw {
    /** What {@link #from} reads. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.VOID_CRITICAL_SCALE,
            Parameter.VOID_CRITICAL_SHAPE, Parameter.HETEROGENEITY_CORRELATION_LENGTH, Parameter.VOID_RESUPPLY_THICKNESS,
            Parameter.VOID_RESUPPLY_EXPONENT, Parameter.VOID_REFERENCE_PRESSURE, Parameter.VOID_PRESSURE_EXPONENT,
            Parameter.VOID_ASPERITY_HEIGHT, Parameter.VOID_REFILL_TIME, Parameter.VOID_STRANDED_CONTACT);

    private static final double RETREAT_PER_COULOMB = LithiumMetal.MOLAR_VOLUME_M3_PER_MOL
            / LithiumMetal.FARADAY_COULOMBS_PER_MOL;

    private final double resupplyThickness;
    private final double resupplyExponent;
    private final double pressureFactor;
    private final double asperityHeight;
    private final double refillTime;
    private final double strandedContact;
    private final CriticalCurrentDensity thresholds;

    /**
     * @param resupplyThicknessMeters h_r, above which thickness no longer limits resupply
     * @param resupplyExponent m
     * @param referencePressurePascals pressure the thresholds and the refill time are given at
     * @param stackPressurePascals the cell's stack pressure
     * @param pressureExponent q
     * @param asperityHeightMeters delta
     * @param refillTimeSeconds tau, of a thick foil at the reference pressure
     * @param strandedContact contact fraction below which a pixel is cut off
     * @param thresholds the per-pixel thick-foil thresholds j_v,i a run draws ({@link #start})
     */
    public CreepLimitedVoids(double resupplyThicknessMeters, double resupplyExponent, double referencePressurePascals,
            double stackPressurePascals, double pressureExponent, double asperityHeightMeters, double refillTimeSeconds,
            double strandedContact, CriticalCurrentDensity thresholds) {
        if (!(resupplyThicknessMeters > 0) || !(resupplyExponent >= 0) || !(referencePressurePascals > 0)
                || !(stackPressurePascals >= 0) || !(pressureExponent >= 0) || !(asperityHeightMeters > 0) || !(refillTimeSeconds > 0) || !(strandedContact >= 0 && strandedContact < 1)) {
            throw new InputException("voids: resupply thickness, reference pressure, asperity height and refill time must "
                    + "be > 0, stack pressure and both exponents >= 0 and the stranded contact in [0, 1), got h_r = "
                    + resupplyThicknessMeters + " m, m = " + resupplyExponent + ", p_ref = "
                    + referencePressurePascals + " Pa, p = " + stackPressurePascals + " Pa, q = " + pressureExponent
                    + ", delta = " + asperityHeightMeters + " m, tau = " + refillTimeSeconds + " s, c_stranded = "
                    + strandedContact);
        }
        this.resupplyThickness = resupplyThicknessMeters;
        this.resupplyExponent = resupplyExponent;
        this.pressureFactor = Math.pow(stackPressurePascals / referencePressurePascals, pressureExponent);
        this.asperityHeight = asperityHeightMeters;
        this.refillTime = refillTimeSeconds;
        this.strandedContact = strandedContact;
        this.thresholds = thresholds == null ? new CriticalCurrentDensity.None() : thresholds;
    }

    /**
     * The law with the parameter set's values at the cell's stack pressure; thresholds Weibull with a
     * Gaussian copula over the heterogeneity's correlation length ({@link CorrelatedWeibullCriticalCurrentDensity}).
     */
    public static CreepLimitedVoids from(LawContext c) {
        CriticalCurrentDensity thresholds = new CorrelatedWeibullCriticalCurrentDensity(
                c.value(Parameter.VOID_CRITICAL_SCALE), c.value(Parameter.VOID_CRITICAL_SHAPE), c.grid(),
                c.value(Parameter.HETEROGENEITY_CORRELATION_LENGTH));
        return new CreepLimitedVoids(c.value(Parameter.VOID_RESUPPLY_THICKNESS), c.value(Parameter.VOID_RESUPPLY_EXPONENT),
                c.value(Parameter.VOID_REFERENCE_PRESSURE), c.cell().stackPressurePascals(),
                c.value(Parameter.VOID_PRESSURE_EXPONENT), c.value(Parameter.VOID_ASPERITY_HEIGHT),
                c.value(Parameter.VOID_REFILL_TIME), c.value(Parameter.VOID_STRANDED_CONTACT), thresholds);
    }

    @Override
    public Contact start(long seed, PixelGrid grid) {
        return new Field(seed, grid.pixels());
    }

    /** A run's contact and thresholds. */
    private final class Field implements Contact {
        private final double[] contact;
        private final double[] threshold;

        Field(long seed, int pixels) {
            contact = new double[pixels];
            threshold = new double[pixels];
            java.util.Arrays.fill(contact, 1.0);
            thresholds.fill(seed, RandomStream.VOID_THRESHOLD, threshold);
        }

        @Override
        public double at(int i) {
            return contact[i];
        }

        @Override
        public double strandedContact() {
            return strandedContact;
        }

        @Override
        public void evolve(double[] j, double[] h, boolean[] hasLithium, double dt) {
            CreepLimitedVoids.this.evolve(j, h, hasLithium, threshold, contact, dt);
        }

        @Override
        public double stableStepSeconds(double[] j, double[] h, boolean[] hasLithium, double fraction) {
            return CreepLimitedVoids.this.stableStepSeconds(j, h, hasLithium, threshold, contact, fraction);
        }

        @Override
        public double[] toArray() {
            return contact.clone();
        }
    }

    /** The critical stripping current density of a pixel (A/m2 of contacting Li) at this thickness. */
    public double criticalCurrentDensity(double thresholdAmpsPerM2, double thicknessMeters) {
        return thresholdAmpsPerM2 * pressureFactor * resupplyFactor(thicknessMeters);
    }

    /** r(h): resupply of a layer of this thickness relative to a thick foil, in [0, 1]. */
    public double resupplyFactor(double thicknessMeters) {
        double x = Math.min(1.0, Math.max(thicknessMeters, 0) / resupplyThickness);
        // pow(x, 1) is x exactly (Math.pow's specification); the default m = 1 skips the call, which runs
        // for every stripping pixel every time step
        return resupplyExponent == 1.0 ? x : Math.pow(x, resupplyExponent);
    }

    /** Contact fraction below which a pixel's Li is stranded. */
    public double strandedContact() {
        return strandedContact;
    }

    /**
     * Advances {@code contact} over {@code dt}, each pixel against its thick-foil threshold (the array form
     * of {@link Contact#evolve}, for tests and for a run's own field).
     */
    public void evolve(double[] j, double[] h, boolean[] hasLithium, double[] threshold, double[] contact, double dt) {
        if (!(dt > 0)) {
            return;
        }
        for (int i = 0; i < contact.length; i++) {
            if (!hasLithium[i]) {
                contact[i] = 1.0; // bare collector: no Li to void; the electrolyte presses back onto it
                continue;
            }
            double c = contact[i];
            double excess = excess(j[i], c, threshold[i], h[i]);
            if (excess > 0) {
                contact[i] = c * Math.exp(-excess * RETREAT_PER_COULOMB * dt / asperityHeight);
            } else {
                double rate = pressureFactor * resupplyFactor(h[i]) / refillTime;
                if (j[i] < 0) {
                    rate += -j[i] * RETREAT_PER_COULOMB / asperityHeight;
                }
                contact[i] = 1.0 - (1.0 - c) * Math.exp(-rate * dt);
            }
        }
    }

    /** The array form of {@link Contact#stableStepSeconds}. */
    public double stableStepSeconds(double[] j, double[] h, boolean[] hasLithium, double[] threshold, double[] contact,
            double fraction) {
        double worst = 0;
        for (int i = 0; i < contact.length; i++) {
            if (hasLithium[i]) {
                worst = Math.max(worst, excess(j[i], contact[i], threshold[i], h[i]));
            }
        }
        return worst > 0 ? fraction * asperityHeight / (worst * RETREAT_PER_COULOMB) : Double.POSITIVE_INFINITY;
    }

    /** Stripping current through the contacting Li above what creep resupplies, A/m2 (0 if none). */
    private double excess(double j, double c, double threshold, double h) {
        if (!(j > 0) || !(c > 0)) {
            return 0;
        }
        return Math.max(0, j / c - criticalCurrentDensity(threshold, h));
    }
}
