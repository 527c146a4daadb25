package org.anodefree.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anodefree.InputException;
import org.anodefree.units.LithiumMetal;

/**
 * A cell stack's repeat unit for stack-level energy density: a composite cathode on a current
 * collector, a solid-electrolyte separator, an anode current collector, and optionally excess Li.
 * Current collectors coated on both sides count half their thickness and mass per cell (the
 * {@code collectorShare}); packaging is not counted (the source study's "stack level").
 *
 * <p>Anode-free: no Li at assembly; charging plates {@code loading x utilisation} of Li. Li-excess:
 * a foil of {@code excessLithiumMilliampHoursPerCm2} is there in both states. Cathode volume change
 * on delithiation is neglected (a few percent for NMC622).
 */
public record StackDesign(
        double cathodeLoadingMilliampHoursPerCm2,
        double utilisation,
        double activeSpecificCapacityMilliampHoursPerGram,
        double activeDensityKgPerM3,
        double cathodeActiveVolumeFraction,
        double electrolyteDensityKgPerM3,
        double separatorThicknessMeters,
        double cathodeCollectorThicknessMeters,
        double cathodeCollectorDensityKgPerM3,
        double anodeCollectorThicknessMeters,
        double anodeCollectorDensityKgPerM3,
        double collectorShare,
        double excessLithiumMilliampHoursPerCm2,
        double meanDischargeVoltageVolts) {

    /** The keys of {@link #fromValues}, in declaration order, each naming its unit. */
    public static final List<String> KEYS = List.of(
            "cathode_loading_mAh_per_cm2", "utilisation", "active_specific_capacity_mAh_per_g",
            "active_density_g_per_cm3", "cathode_active_volume_fraction", "electrolyte_density_g_per_cm3",
            "separator_thickness_um", "cathode_collector_thickness_um", "cathode_collector_density_g_per_cm3",
            "anode_collector_thickness_um", "anode_collector_density_g_per_cm3", "collector_share",
            "excess_lithium_mAh_per_cm2", "mean_discharge_voltage_V");

    public StackDesign {
        positive("cathode_loading_mAh_per_cm2", cathodeLoadingMilliampHoursPerCm2);
        if (!(utilisation > 0 && utilisation <= 1)) {
            throw new InputException("utilisation must be in (0, 1], got " + utilisation);
        }
        positive("active_specific_capacity_mAh_per_g", activeSpecificCapacityMilliampHoursPerGram);
        positive("active_density_g_per_cm3", activeDensityKgPerM3);
        if (!(cathodeActiveVolumeFraction > 0 && cathodeActiveVolumeFraction <= 1)) {
            throw new InputException("cathode_active_volume_fraction must be in (0, 1], got " + cathodeActiveVolumeFraction);
        }
        nonNegative("electrolyte_density_g_per_cm3", electrolyteDensityKgPerM3);
        nonNegative("separator_thickness_um", separatorThicknessMeters);
        nonNegative("cathode_collector_thickness_um", cathodeCollectorThicknessMeters);
        nonNegative("anode_collector_thickness_um", anodeCollectorThicknessMeters);
        nonNegative("cathode_collector_density_g_per_cm3", cathodeCollectorDensityKgPerM3);
        nonNegative("anode_collector_density_g_per_cm3", anodeCollectorDensityKgPerM3);
        if (!(collectorShare > 0 && collectorShare <= 1)) {
            throw new InputException("collector_share must be in (0, 1], got " + collectorShare);
        }
        nonNegative("excess_lithium_mAh_per_cm2", excessLithiumMilliampHoursPerCm2);
        positive("mean_discharge_voltage_V", meanDischargeVoltageVolts);
    }

    /**
     * A design from values keyed as in {@link #KEYS} (units in the key names: um, g/cm3, mAh/cm2,
     * mAh/g, V). Every key must be present; unknown keys are errors.
     */
    public static StackDesign fromValues(Map<String, Double> values, String source) {
        for (String k : values.keySet()) {
            if (!KEYS.contains(k)) {
                throw new InputException(source + ": unknown stack parameter '" + k + "'; known: " + String.join(", ", KEYS));
            }
        }
        double[] v = new double[KEYS.size()];
        for (int i = 0; i < v.length; i++) {
            Double x = values.get(KEYS.get(i));
            if (x == null) {
                throw new InputException(source + ": stack parameter '" + KEYS.get(i) + "' is missing");
            }
            if (!Double.isFinite(x)) {
                throw new InputException(source + ": stack parameter '" + KEYS.get(i) + "' is " + x);
            }
            String key = KEYS.get(i);
            v[i] = key.endsWith("_um") ? x * 1e-6 : key.endsWith("_g_per_cm3") ? x * 1000 : x;
        }
        try {
            return new StackDesign(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13]);
        } catch (InputException e) {
            throw new InputException(source + ": " + e.getMessage(), e);
        }
    }

    /** The design's values keyed as in {@link #KEYS}, in those units. */
    public Map<String, Double> values() {
        double[] v = {cathodeLoadingMilliampHoursPerCm2, utilisation, activeSpecificCapacityMilliampHoursPerGram,
            activeDensityKgPerM3 / 1000, cathodeActiveVolumeFraction, electrolyteDensityKgPerM3 / 1000,
            separatorThicknessMeters * 1e6, cathodeCollectorThicknessMeters * 1e6, cathodeCollectorDensityKgPerM3 / 1000,
            anodeCollectorThicknessMeters * 1e6, anodeCollectorDensityKgPerM3 / 1000, collectorShare,
            excessLithiumMilliampHoursPerCm2, meanDischargeVoltageVolts};
        Map<String, Double> m = new TreeMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(KEYS.get(i), v[i]);
        }
        return m;
    }

    /** The same design with another loading, utilisation and excess Li. */
    public StackDesign with(double loadingMilliampHoursPerCm2, double newUtilisation, double excessMilliampHoursPerCm2) {
        return new StackDesign(loadingMilliampHoursPerCm2, newUtilisation, activeSpecificCapacityMilliampHoursPerGram,
                activeDensityKgPerM3, cathodeActiveVolumeFraction, electrolyteDensityKgPerM3, separatorThicknessMeters,
                cathodeCollectorThicknessMeters, cathodeCollectorDensityKgPerM3, anodeCollectorThicknessMeters,
                anodeCollectorDensityKgPerM3, collectorShare, excessMilliampHoursPerCm2, meanDischargeVoltageVolts);
    }

    /** Stack energy density in both states. */
    public StackEnergy energy() {
        // Cathode: active mass from loading and specific capacity; volume from its share of the composite.
        double activeMass = cathodeLoadingMilliampHoursPerCm2 / activeSpecificCapacityMilliampHoursPerGram * 1e-3 / 1e-4;
        double activeThickness = activeMass / activeDensityKgPerM3;
        double cathodeThickness = activeThickness / cathodeActiveVolumeFraction;
        double cathodeMass = activeMass + (cathodeThickness - activeThickness) * electrolyteDensityKgPerM3;
        if (!Double.isFinite(cathodeThickness) || !Double.isFinite(cathodeMass)) {
            // Each value is finite, but extreme ones (a density of 1e-300 g/cm3) overflow their products.
            throw new InputException("the stack's cathode comes out " + cathodeThickness + " m thick and " + cathodeMass
                    + " kg/m2: check cathode_loading_mAh_per_cm2, active_specific_capacity_mAh_per_g,"
                    + " active_density_g_per_cm3 and cathode_active_volume_fraction");
        }
        List<StackLayer> common = new ArrayList<>();
        common.add(new StackLayer("cathode current collector", collectorShare * cathodeCollectorThicknessMeters,
                collectorShare * cathodeCollectorThicknessMeters * cathodeCollectorDensityKgPerM3));
        common.add(new StackLayer("composite cathode", cathodeThickness, cathodeMass));
        common.add(new StackLayer("separator", separatorThicknessMeters, separatorThicknessMeters * electrolyteDensityKgPerM3));
        List<StackLayer> discharged = new ArrayList<>(common);
        List<StackLayer> charged = new ArrayList<>(common);
        double excess = LithiumMetal.thicknessMetersFromCapacity(excessLithiumMilliampHoursPerCm2);
        double cycled = LithiumMetal.thicknessMetersFromCapacity(cathodeLoadingMilliampHoursPerCm2 * utilisation);
        if (excess > 0) {
            discharged.add(new StackLayer("excess Li", excess, excess * LithiumMetal.DENSITY_KG_PER_M3));
        }
        // Li moves from cathode to anode on charge; its mass is counted once, in the cathode, so the
        // plated layer adds volume but no mass.
        charged.add(new StackLayer("Li (excess + plated)", excess + cycled, excess * LithiumMetal.DENSITY_KG_PER_M3));
        StackLayer anodeCollector = new StackLayer("anode current collector", collectorShare * anodeCollectorThicknessMeters,
                collectorShare * anodeCollectorThicknessMeters * anodeCollectorDensityKgPerM3);
        discharged.add(anodeCollector);
        charged.add(anodeCollector);
        double energy = cathodeLoadingMilliampHoursPerCm2 * utilisation * 10.0 /* mAh/cm2 -> Ah/m2 */
                * meanDischargeVoltageVolts;
        StackEnergy e = new StackEnergy(energy, discharged, charged);
        boolean finiteLayers = charged.stream().allMatch(l -> Double.isFinite(l.thicknessMeters())
                && Double.isFinite(l.arealMassKgPerM2()));
        if (!finiteLayers || !Double.isFinite(e.chargedWhPerLiter()) || !Double.isFinite(e.dischargedWhPerLiter())
                || !Double.isFinite(e.whPerKg())) {
            throw new InputException("the stack's values give " + e.dischargedWhPerLiter() + " Wh/L and " + e.whPerKg()
                    + " Wh/kg: a thickness, density or capacity is far outside any real cell's");
        }
        return e;
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InputException(name + " must be positive, got " + inKeyUnits(name, v));
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new InputException(name + " must be >= 0, got " + inKeyUnits(name, v));
        }
    }

    /** An SI value in the unit its key names, for messages (the user wrote -5 um, not -5.0E-6). */
    private static double inKeyUnits(String key, double si) {
        return key.endsWith("_um") ? si * 1e6 : key.endsWith("_g_per_cm3") ? si / 1000 : si;
    }
}
