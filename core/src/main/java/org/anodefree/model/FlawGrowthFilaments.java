package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.current.ButlerVolmerKinetics;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.Parameter;
import org.anodefree.units.LithiumMetal;

/**
 * Li filaments that grow from flaws in the electrolyte's surface, driven by the local plating
 * overpotential, with damage that persists from one plating to the next.
 *
 * <p><b>Flaws.</b> Each pixel holds the largest Li-filled flaw of its area, of depth a. Plating into it at
 * a cathodic overpotential eta pressurises the Li to {@code P = F eta / V_m} (the Li pressure that
 * overpotential can sustain; Monroe and Newman, J. Electrochem. Soc. 152, A396, 2005; Porz et al., Adv.
 * Energy Mater. 7, 1701003, 2017), which opens the flaw with the stress intensity
 * {@code K = Y P sqrt(pi a)}. Flaw depths follow from the flaws' critical overpotentials, drawn per pixel
 * from a cell-level Weibull law ({@link FilamentThresholds}): the flaw whose K reaches the toughness K_Ic
 * at eta_c is {@code a_0 = (K_Ic V_m / (F Y eta_c))^2 / pi} (Porz's criterion: larger flaws fail at lower
 * overpotential).
 *
 * <p><b>Growth.</b> Below the toughness a flaw grows subcritically, {@code da/dt = v_0 (K / K_Ic)^n}, the
 * power law of stress-corrosion cracking in ceramics and glasses (Evans, J. Mater. Sci. 7, 1137, 1972;
 * Wiederhorn, J. Am. Ceram. Soc. 50, 407, 1967), down to a threshold {@code K_th} below which a crack does not grow
 * at all (the static fatigue limit of glasses, K_th / K_Ic ~ 0.3; Wiederhorn and Bolz, J. Am. Ceram. Soc. 53, 543,
 * 1970): uniform plating at a low current then never grows a flaw however long it lasts, while crowded current
 * does. The time a flaw takes to run away falls as eta^-n:
 * steeply with current. Growth is held to the Li the pixel plates: a flaw of tip area fraction phi filled
 * by the pixel's whole plating current advances at most {@code j V_m / (F phi)} (the charge-limited
 * propagation of {@link TipCurrentFilaments}). Plated Li in the flaw is Li metal, so it counts in the
 * charge ledger. The depth never shrinks: a crack persists between platings and through stripping (Ning et
 * al., Nat. Mater. 20, 1121, 2021), so damage adds up over cycles wherever current crowds. For frozen eta
 * the subcritical law integrates exactly over a step, so a long step loses nothing.
 *
 * <p><b>Focusing.</b> The slab solve has one thickness; a filament of length l shortens its own pixel's
 * column to the counter electrode from L to L - l. The pixel's exchange current is multiplied by
 * {@code (R_ct + L / sigma) / (R_ct + (L - l) / sigma)}, the ratio of the linearised column resistances
 * with and without the filament (R_ct = RT / (F j0)), so current crowds onto a growing tip and it runs
 * away (docs/model.md, filaments).
 *
 * <p><b>Intrusion.</b> Stack pressure pushes Li into the flaws by creep wherever Li touches the
 * electrolyte, at {@code v_i (p / p_ref)^n_creep} with Li's creep exponent (Doux et al., Adv. Energy
 * Mater. 10, 1903253, 2020, saw Li creep into the separator's porosity at high stack pressure and cells
 * short; Lewis et al. suspect the same at 40 MPa). The Li comes from the pixel's flat deposit.
 *
 * <p><b>Confinement.</b> Li pressurises a flaw only where it is confined: where the pixel and its four
 * neighbours hold Li. At the free edge of a Li island the Li under pressure extrudes sideways over the bare
 * Cu, at stresses near its ~1 MPa yield (Masias et al., J. Mater. Sci. 54, 2585, 2019), far below the tens
 * of MPa a flaw needs, so the few overloaded nuclei of the nucleation transient do not drive flaws, while
 * Li stranded or re-plated among voids, whose neighbours still hold Li, does (Lewis et al., Fig. 5d). A
 * flaw that has started to grow keeps growing either way. A filament bridges when its depth reaches the
 * separator ({@link ShortCircuitCriterion}).
 */
public final class FlawGrowthFilaments implements FilamentLaw {
    /** What {@link #from} reads. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.FLAW_CRITICAL_OVERPOTENTIAL_SCALE,
            Parameter.FLAW_CRITICAL_OVERPOTENTIAL_SHAPE, Parameter.FLAW_GROWTH_EXPONENT, Parameter.FLAW_GROWTH_VELOCITY,
            Parameter.FLAW_GROWTH_THRESHOLD, Parameter.FILAMENT_TIP_AREA_FRACTION, Parameter.LPSC_FRACTURE_TOUGHNESS, Parameter.FLAW_GEOMETRY_FACTOR,
            Parameter.FLAW_INTRUSION_VELOCITY, Parameter.DEPOSIT_REFERENCE_PRESSURE, Parameter.LI_CREEP_STRESS_EXPONENT,
            Parameter.LI_EXCHANGE_CURRENT_DENSITY);

    private static final double VM_OVER_F = LithiumMetal.MOLAR_VOLUME_M3_PER_MOL / LithiumMetal.FARADAY_COULOMBS_PER_MOL;

    private final ThresholdField criticalOverpotentials;
    private final double exponent;
    private final double velocity;
    private final double threshold;
    private final double tipAreaFraction;
    private final double flawConstant;
    private final double intrusionVelocity;
    private final double columnResistance;
    private final double electrolyteResistivity;

    /**
     * @param criticalOverpotentials each pixel's largest flaw's eta_c, V
     * @param exponent n of the subcritical law
     * @param velocityMetersPerSecond v_0, the subcritical speed at K = K_Ic
     * @param thresholdRatio K_th / K_Ic, below which a flaw does not grow
     * @param tipAreaFraction phi
     * @param fractureToughness K_Ic, Pa m^0.5
     * @param geometryFactor Y
     * @param intrusionMetersPerSecond the creep intrusion speed at this cell's stack pressure
     * @param chargeTransferResistanceOhmM2 R_ct of the interface (for the focusing)
     * @param separatorMeters L
     * @param conductivitySiemensPerMeter sigma
     */
    public FlawGrowthFilaments(ThresholdField criticalOverpotentials, double exponent, double velocityMetersPerSecond,
            double thresholdRatio, double tipAreaFraction, double fractureToughness, double geometryFactor, double intrusionMetersPerSecond,
            double chargeTransferResistanceOhmM2, double separatorMeters, double conductivitySiemensPerMeter) {
        if (criticalOverpotentials == null || !(exponent >= 1) || !(velocityMetersPerSecond > 0)
                || !(thresholdRatio >= 0 && thresholdRatio < 1)
                || !(tipAreaFraction > 0 && tipAreaFraction <= 1) || !(fractureToughness > 0) || !(geometryFactor > 0)
                || !(intrusionMetersPerSecond >= 0) || !(chargeTransferResistanceOhmM2 >= 0) || !(separatorMeters > 0)
                || !(conductivitySiemensPerMeter > 0)) {
            throw new InputException("flaw-growth filaments: need thresholds, n >= 1, v_0 > 0, tip fraction in (0, 1],"
                    + " K_Ic, Y, L and sigma > 0 and intrusion and R_ct >= 0, got n = " + exponent + ", v_0 = "
                    + velocityMetersPerSecond + " m/s, K_th / K_Ic = " + thresholdRatio + ", phi = " + tipAreaFraction + ", K_Ic = " + fractureToughness
                    + " Pa m^0.5, Y = " + geometryFactor + ", intrusion " + intrusionMetersPerSecond + " m/s");
        }
        this.criticalOverpotentials = criticalOverpotentials;
        this.exponent = exponent;
        this.velocity = velocityMetersPerSecond;
        this.threshold = thresholdRatio;
        this.tipAreaFraction = tipAreaFraction;
        double k = fractureToughness * VM_OVER_F / geometryFactor;
        this.flawConstant = k * k / Math.PI;
        this.intrusionVelocity = intrusionMetersPerSecond;
        this.electrolyteResistivity = 1 / conductivitySiemensPerMeter;
        this.columnResistance = chargeTransferResistanceOhmM2 + separatorMeters / conductivitySiemensPerMeter;
    }

    /** The law with the parameter set's values for the context's cell (pressure, separator, conductivity). */
    public static FlawGrowthFilaments from(LawContext c) {
        double pressureRatio = c.cell().stackPressurePascals() / c.value(Parameter.DEPOSIT_REFERENCE_PRESSURE);
        double rct = ButlerVolmerKinetics.GAS_CONSTANT_JOULES_PER_MOL_KELVIN * c.cell().temperatureKelvin()
                / (LithiumMetal.FARADAY_COULOMBS_PER_MOL * c.value(Parameter.LI_EXCHANGE_CURRENT_DENSITY));
        return new FlawGrowthFilaments(FilamentThresholds.of(c, c.value(Parameter.FLAW_CRITICAL_OVERPOTENTIAL_SCALE),
                c.value(Parameter.FLAW_CRITICAL_OVERPOTENTIAL_SHAPE)), c.value(Parameter.FLAW_GROWTH_EXPONENT),
                c.value(Parameter.FLAW_GROWTH_VELOCITY), c.value(Parameter.FLAW_GROWTH_THRESHOLD),
                c.value(Parameter.FILAMENT_TIP_AREA_FRACTION),
                c.value(Parameter.LPSC_FRACTURE_TOUGHNESS), c.value(Parameter.FLAW_GEOMETRY_FACTOR),
                c.value(Parameter.FLAW_INTRUSION_VELOCITY) * Math.pow(pressureRatio,
                        c.value(Parameter.LI_CREEP_STRESS_EXPONENT)), rct, c.cell().separatorThicknessMeters(),
                c.cell().separatorConductivitySiemensPerMeter());
    }

    /** The depth of the flaw that reaches the toughness at this critical overpotential, m. */
    public double flawDepthMeters(double criticalOverpotentialVolts) {
        return flawConstant / (criticalOverpotentialVolts * criticalOverpotentialVolts);
    }

    /**
     * The depth a flaw of depth {@code a} (m) with critical overpotential {@code etaC} reaches after {@code dt}
     * of plating at overpotential {@code eta}, by the subcritical law alone (the exact solution for frozen eta;
     * +infinity once it has run away). K grows with the depth, so a flaw above the threshold at the step's start
     * stays above it, and one below it does not move.
     */
    public double subcriticalDepthMeters(double a, double a0, double eta, double etaC, double dt) {
        if (!(eta > 0) || !(dt > 0)) {
            return a;
        }
        double s = a / a0;
        if (eta / etaC * Math.sqrt(s) <= threshold) {
            return a;
        }
        double b = velocity / a0 * Math.pow(eta / etaC, exponent);
        double half = exponent / 2;
        if (half == 1) {
            return a0 * s * Math.exp(b * dt);
        }
        double base = Math.pow(s, 1 - half) - (half - 1) * b * dt;
        if (half > 1 && base <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return a0 * Math.pow(base, 1 / (1 - half));
    }

    /** The exchange-current factor of a pixel whose filament reaches {@code lengthMeters} into the separator. */
    public double focus(double lengthMeters) {
        return columnResistance / (columnResistance - lengthMeters * electrolyteResistivity);
    }

    @Override
    public Filaments start(long seed, PixelGrid grid, double separatorMeters, ShortCircuitCriterion shortCircuit) {
        return new Field(seed, grid.pixels(), separatorMeters, shortCircuit);
    }

    /** A run's flaws: their critical overpotential, initial and present depth, and the Li they hold. */
    private final class Field implements Filaments {
        private final double[] etaC;
        private final double[] initial;
        private final double[] depth;
        private final double[] coulombs;
        private final double separator;
        private final ShortCircuitCriterion shortCircuit;

        Field(long seed, int pixels, double separatorMeters, ShortCircuitCriterion shortCircuit) {
            etaC = new double[pixels];
            initial = new double[pixels];
            depth = new double[pixels];
            coulombs = new double[pixels];
            this.separator = separatorMeters;
            this.shortCircuit = shortCircuit;
            criticalOverpotentials.fill(seed, RandomStream.FILAMENT_THRESHOLD, etaC);
            for (int i = 0; i < pixels; i++) {
                initial[i] = Math.min(flawDepthMeters(etaC[i]), separatorMeters);
                depth[i] = initial[i];
            }
        }

        private boolean bridged(int i) {
            return shortCircuit.bridges(depth[i], separator);
        }

        @Override
        public double plate(int i, double jp, double contact, double eta, boolean confined, double q, double dt) {
            // Li pressurises a flaw only where it cannot escape sideways: at a Li island's free edge it extrudes over
            // the bare Cu instead; a flaw that has grown holds its Li either way
            if (bridged(i) || !(eta > 0) || (!confined && depth[i] == initial[i])) {
                return 0;
            }
            double target = subcriticalDepthMeters(depth[i], initial[i], eta, etaC[i], dt);
            double room = q * VM_OVER_F / tipAreaFraction;
            double grow = Math.min(Math.min(target - depth[i], room), separator - depth[i]);
            if (!(grow > 0)) {
                return 0;
            }
            depth[i] += grow;
            double taken = Math.min(q, grow * tipAreaFraction / VM_OVER_F);
            coulombs[i] += taken;
            return taken;
        }

        @Override
        public void age(double dt, double[] thicknessMeters, boolean[] hasLithium, VoidLaw.Contact contact) {
            if (intrusionVelocity == 0 || !(dt > 0)) {
                return;
            }
            for (int i = 0; i < depth.length; i++) {
                if (!hasLithium[i] || bridged(i) || !(contact.at(i) > 0)) {
                    continue;
                }
                // Li volume per pixel area moved into the flaw: phi da, taken from the flat deposit
                double grow = Math.min(Math.min(intrusionVelocity * dt, separator - depth[i]),
                        thicknessMeters[i] / tipAreaFraction);
                if (grow > 0) {
                    depth[i] += grow;
                    thicknessMeters[i] -= grow * tipAreaFraction;
                    coulombs[i] += LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(grow * tipAreaFraction);
                }
            }
        }

        @Override
        public double exchangeFocus(int i) {
            return focus(lengthMeters(i));
        }

        @Override
        public int bridging() {
            int n = 0;
            for (int i = 0; i < depth.length; i++) {
                if (bridged(i)) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public double lengthMeters(int i) {
            return depth[i];
        }

        @Override
        public double coulombsPerM2(int i) {
            return coulombs[i];
        }

        @Override
        public double maxLengthMeters() {
            double max = 0;
            for (double d : depth) {
                max = Math.max(max, d);
            }
            return max;
        }

        @Override
        public double stableStepSeconds(double[] j, boolean[] hasLithium, double maxAdvanceMeters) {
            // The charge-limited advance is the one an explicit step must bound: the subcritical growth
            // integrates exactly for the step's overpotential, and its speed never exceeds the Li the pixel plates.
            double dt = Double.POSITIVE_INFINITY;
            for (int i = 0; i < j.length; i++) {
                if (j[i] < 0 && hasLithium[i] && !bridged(i) && depth[i] > initial[i] * 2) {
                    double v = -j[i] * VM_OVER_F / tipAreaFraction;
                    dt = Math.min(dt, maxAdvanceMeters / v);
                }
            }
            if (intrusionVelocity > 0) {
                dt = Math.min(dt, maxAdvanceMeters / intrusionVelocity);
            }
            return dt;
        }

        @Override
        public double[] lengthsToArray() {
            return depth.clone();
        }
    }
}
