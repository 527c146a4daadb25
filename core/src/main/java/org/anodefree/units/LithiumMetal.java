package org.anodefree.units;

/**
 * Lithium metal constants and the conversion between passed charge and Li thickness.
 *
 * <p>Li molar volume 13.0 cm3/mol follows from the density 0.534 g/cm3 and molar mass 6.94 g/mol
 * (CRC Handbook of Chemistry and Physics, 97th ed., 2016) and is the value the source study uses
 * (Lewis et al., anode-free Cu | Li6PS5Cl cells; MODEL.md): 1 mAh/cm2 of Li is 4.85 um thick.
 */
public final class LithiumMetal {
    /** Faraday constant, C/mol (CODATA 2018, exact since the 2019 SI redefinition). */
    public static final double FARADAY_COULOMBS_PER_MOL = 96485.33212;
    /** Molar volume of Li metal, m3/mol (13.0 cm3/mol; see class javadoc). */
    public static final double MOLAR_VOLUME_M3_PER_MOL = 13.0e-6;
    /** Molar mass of Li, kg/mol (IUPAC standard atomic weight, abridged 6.94). */
    public static final double MOLAR_MASS_KG_PER_MOL = 6.94e-3;
    /** Density of Li metal, kg/m3 (molar mass over molar volume, 0.534 g/cm3). */
    public static final double DENSITY_KG_PER_M3 = MOLAR_MASS_KG_PER_MOL / MOLAR_VOLUME_M3_PER_MOL;

    /** Coulombs per m2 in one mAh/cm2: 1 mAh = 3.6 C and 1 cm2 = 1e-4 m2. */
    public static final double COULOMBS_PER_M2_PER_MAH_PER_CM2 = 3.6 / 1e-4;

    private LithiumMetal() {
    }

    /** Li thickness (m) of a dense layer holding the given areal charge (C/m2). */
    public static double thicknessMetersFromChargeCoulombsPerM2(double chargeCoulombsPerM2) {
        return chargeCoulombsPerM2 / FARADAY_COULOMBS_PER_MOL * MOLAR_VOLUME_M3_PER_MOL;
    }

    /** Areal charge (C/m2) held by a dense Li layer of the given thickness (m). */
    public static double chargeCoulombsPerM2FromThicknessMeters(double thicknessMeters) {
        return thicknessMeters / MOLAR_VOLUME_M3_PER_MOL * FARADAY_COULOMBS_PER_MOL;
    }

    /** Li thickness (m) of a layer holding the given areal capacity (mAh/cm2); 1 mAh/cm2 is 4.85 um. */
    public static double thicknessMetersFromCapacity(double capacityMilliampHoursPerCm2) {
        return thicknessMetersFromChargeCoulombsPerM2(capacityMilliampHoursPerCm2 * COULOMBS_PER_M2_PER_MAH_PER_CM2);
    }

    /** Areal capacity (mAh/cm2) of a dense Li layer of the given thickness (m). */
    public static double capacityMilliampHoursPerCm2FromThickness(double thicknessMeters) {
        return chargeCoulombsPerM2FromThicknessMeters(thicknessMeters) / COULOMBS_PER_M2_PER_MAH_PER_CM2;
    }

    /** Growth rate (m/s) of a Li layer under a plating current density (A/m2). */
    public static double growthRateMetersPerSecond(double currentDensityAmpsPerM2) {
        return thicknessMetersFromChargeCoulombsPerM2(currentDensityAmpsPerM2);
    }
}
