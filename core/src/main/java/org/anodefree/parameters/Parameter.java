package org.anodefree.parameters;

import org.anodefree.InputException;
import org.anodefree.units.Quantity;

/**
 * Every material, cell and model parameter the simulator knows: its key in the parameter file (the
 * unit is part of the key), the quantity and unit its value is in, and the range a value must lie in
 * to make physical sense. Values and their sources live in {@code parameters/default.yaml}, not here.
 */
public enum Parameter {
    CELL_ELECTRODE_DIAMETER("cell.electrodeDiameterMeters", Quantity.LENGTH, "m", 1e-4, 1.0),
    CELL_SEPARATOR_THICKNESS("cell.separatorThicknessMeters", Quantity.LENGTH, "m", 1e-6, 1e-2),
    CELL_STACK_PRESSURE("cell.stackPressurePascals", Quantity.PRESSURE, "Pa", 0.0, 1e9),
    CELL_TEMPERATURE("cell.temperatureKelvin", null, "K", 150.0, 600.0),
    CELL_LITHIUM_FOIL_THICKNESS("cell.lithiumFoilThicknessMeters", Quantity.LENGTH, "m", 0.0, 1e-2),
    CELL_CATHODE_LOADING("cell.cathodeLoadingMilliampHoursPerCm2", Quantity.AREAL_CAPACITY, "mAh/cm2", 0.0, 100.0),
    LPSC_CONDUCTIVITY("lpsc.conductivitySiemensPerMeter", Quantity.CONDUCTIVITY, "S/m", 1e-6, 10.0),
    LPSC_YOUNGS_MODULUS("lpsc.youngsModulusPascals", Quantity.PRESSURE, "Pa", 1e8, 1e12),
    LI_EXCHANGE_CURRENT_DENSITY("li.exchangeCurrentDensityAmpsPerM2", Quantity.CURRENT_DENSITY, "A/m2", 1e-6, 1e6),
    LI_YIELD_STRENGTH("li.yieldStrengthPascals", Quantity.PRESSURE, "Pa", 1e3, 1e9),
    LI_CREEP_STRESS_EXPONENT("li.creepStressExponent", Quantity.DIMENSIONLESS, "1", 1.0, 20.0),
    LI_YOUNGS_MODULUS("li.youngsModulusPascals", Quantity.PRESSURE, "Pa", 1e8, 1e12),
    KINETICS_TRANSFER_COEFFICIENT("kinetics.transferCoefficient", Quantity.DIMENSIONLESS, "1", 0.01, 0.99),
    CATHODE_AREA_SPECIFIC_RESISTANCE("cathode.areaSpecificResistanceOhmM2", null, "Ohm m2", 0.0, 1.0),
    CATHODE_FIRST_CYCLE_IRREVERSIBLE("cathode.firstCycleIrreversibleFraction", Quantity.DIMENSIONLESS, "1", 0.0, 0.99),
    CATHODE_INTERPHASE_GROWTH("cathode.interphaseGrowthCoulombsPerM2PerRootSecond", null, "C/(m2 s^0.5)", 0.0, 1e4),
    NUCLEATION_OVERPOTENTIAL("nucleation.overpotentialVolts", Quantity.VOLTAGE, "V", 0.0, 1.0),
    NUCLEATION_ATTEMPT_RATE("nucleation.attemptRatePerSecond", null, "1/s", 1e-9, 1e12),
    HETEROGENEITY_LOG_STD_DEV("heterogeneity.exchangeCurrentLogStdDev", Quantity.DIMENSIONLESS, "1", 0.0, 5.0),
    HETEROGENEITY_CORRELATION_LENGTH("heterogeneity.correlationLengthMeters", Quantity.LENGTH, "m", 0.0, 1e-1),
    FILAMENT_CRITICAL_SCALE("filament.criticalCurrentDensityScaleAmpsPerM2", Quantity.CURRENT_DENSITY, "A/m2", 1e-6, 1e7),
    FILAMENT_CRITICAL_SHAPE("filament.criticalCurrentDensityWeibullShape", Quantity.DIMENSIONLESS, "1", 0.1, 100.0),
    FILAMENT_TIP_AREA_FRACTION("filament.tipAreaFraction", Quantity.DIMENSIONLESS, "1", 1e-9, 1.0),
    FILAMENT_SHORT_RESISTANCE("filament.shortResistanceOhmM2", null, "Ohm m2", 1e-12, 10.0),
    VOID_CRITICAL_SCALE("void.criticalCurrentDensityScaleAmpsPerM2", Quantity.CURRENT_DENSITY, "A/m2", 1e-6, 1e7),
    VOID_CRITICAL_SHAPE("void.criticalCurrentDensityWeibullShape", Quantity.DIMENSIONLESS, "1", 0.1, 100.0),
    LOSS_INTERPHASE_GROWTH("loss.interphaseGrowthCoulombsPerM2PerRootSecond", null, "C/(m2 s^0.5)", 0.0, 1e4),
    LOSS_INTERPHASE_REACTION_LIMITED_TIME("loss.interphaseReactionLimitedSeconds", Quantity.TIME, "s", 0.0, 1e6),
    DEPOSIT_CONTACT_FEEDBACK("deposit.contactFeedbackStrength", Quantity.DIMENSIONLESS, "1", 0.0, 0.99),
    DEPOSIT_CREEP_DIFFUSIVITY("deposit.creepDiffusivityM2PerSecond", null, "m2/s", 0.0, 1e-6),
    DEPOSIT_CREEP_REFERENCE_THICKNESS("deposit.creepReferenceThicknessMeters", Quantity.LENGTH, "m", 1e-9, 1e-2),
    DEPOSIT_CREEP_THICKNESS_EXPONENT("deposit.creepThicknessExponent", Quantity.DIMENSIONLESS, "1", 0.0, 10.0),
    DEPOSIT_CREEP_SATURATION_THICKNESS("deposit.creepSaturationThicknessMeters", Quantity.LENGTH, "m", 1e-9, 1e-2),
    DEPOSIT_REFERENCE_PRESSURE("deposit.creepReferencePressurePascals", Quantity.PRESSURE, "Pa", 1e3, 1e9),
    VOID_REFERENCE_PRESSURE("void.referencePressurePascals", Quantity.PRESSURE, "Pa", 1e3, 1e9),
    VOID_PRESSURE_EXPONENT("void.pressureExponent", Quantity.DIMENSIONLESS, "1", 0.0, 20.0),
    VOID_RESUPPLY_THICKNESS("void.resupplyThicknessMeters", Quantity.LENGTH, "m", 1e-9, 1e-2),
    VOID_RESUPPLY_EXPONENT("void.resupplyThicknessExponent", Quantity.DIMENSIONLESS, "1", 0.0, 10.0),
    VOID_ASPERITY_HEIGHT("void.asperityHeightMeters", Quantity.LENGTH, "m", 1e-10, 1e-3),
    VOID_REFILL_TIME("void.refillTimeSeconds", Quantity.TIME, "s", 1e-3, 1e12),
    VOID_STRANDED_CONTACT("void.strandedContactFraction", Quantity.DIMENSIONLESS, "1", 0.0, 0.99),
    VOID_HEAL_FRACTION("void.healFraction", Quantity.DIMENSIONLESS, "1", 0.0, 1.0),
    HETEROGENEITY_PLATING_STRIPPING_CORRELATION("heterogeneity.platingStrippingCorrelation", Quantity.DIMENSIONLESS, "1",
            -1.0, 1.0),
    LPSC_FRACTURE_TOUGHNESS("lpsc.fractureToughnessPascalRootMeters", null, "Pa m^0.5", 1e3, 1e8),
    FLAW_GEOMETRY_FACTOR("filament.flawGeometryFactor", Quantity.DIMENSIONLESS, "1", 0.1, 10.0),
    FLAW_CRITICAL_OVERPOTENTIAL_SCALE("filament.criticalOverpotentialScaleVolts", Quantity.VOLTAGE, "V", 1e-6, 1.0),
    FLAW_CRITICAL_OVERPOTENTIAL_SHAPE("filament.criticalOverpotentialWeibullShape", Quantity.DIMENSIONLESS, "1", 0.1,
            100.0),
    FLAW_GROWTH_EXPONENT("filament.subcriticalGrowthExponent", Quantity.DIMENSIONLESS, "1", 1.0, 100.0),
    FLAW_GROWTH_VELOCITY("filament.subcriticalGrowthVelocityMetersPerSecond", null, "m/s", 1e-18, 1.0),
    FLAW_GROWTH_THRESHOLD("filament.subcriticalThresholdRatio", Quantity.DIMENSIONLESS, "1", 0.0, 0.999),
    FLAW_INTRUSION_VELOCITY("filament.intrusionVelocityMetersPerSecond", null, "m/s", 0.0, 1e-3),
    DEPOSIT_ISLAND_LATERAL_RATIO("deposit.islandLateralGrowthRatio", Quantity.DIMENSIONLESS, "1", 0.0, 100.0);

    private final String key;
    private final Quantity quantity;
    private final String unit;
    private final double min;
    private final double max;

    Parameter(String key, Quantity quantity, String unit, double min, double max) {
        this.key = key;
        this.quantity = quantity;
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    /** The key in the parameter file and on {@code --set}, with its unit in the name. */
    public String key() {
        return key;
    }

    /** The unit the value is in (as {@link Quantity} spells it), e.g. {@code S/m}. */
    public String unit() {
        return unit;
    }

    /** The smallest physically sensible value, inclusive. */
    public double min() {
        return min;
    }

    /** The largest physically sensible value, inclusive. */
    public double max() {
        return max;
    }

    /** The parameter with this key, or null. */
    public static Parameter byKey(String key) {
        for (Parameter p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Reads a value given on the command line: a bare number is in this parameter's unit; a number
     * with a unit (e.g. {@code 1.8mS/cm}) is converted when the quantity has units to convert between.
     */
    public double parseValue(String text, String field) {
        String t = text.trim();
        try {
            return check(Double.parseDouble(t), field);
        } catch (NumberFormatException notBare) {
            if (quantity == null || quantity == Quantity.DIMENSIONLESS) {
                throw new InputException(field + ": '" + text + "' is not a number; give a bare number in " + unit);
            }
            return check(quantity.parse(t, field) / quantity.factorToSi(unit, field), field);
        }
    }

    /** Returns {@code value} when it is finite and in range, or throws naming the range. */
    public double check(double value, String field) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new InputException(field + ": " + key + " = " + value + " " + unit + " is outside the sensible range "
                    + min + " to " + max + " " + unit);
        }
        return value;
    }
}
