package org.anodefree.cell;

import java.util.List;

/**
 * Stack-level energy density of one cell design in its discharged and charged states.
 *
 * @param energyWhPerM2 energy delivered on discharge per electrode area
 * @param discharged layers in the discharged state
 * @param charged layers in the charged state
 */
public record StackEnergy(double energyWhPerM2, List<StackLayer> discharged, List<StackLayer> charged) {
    public StackEnergy {
        discharged = List.copyOf(discharged);
        charged = List.copyOf(charged);
    }

    /** Stack thickness, m, discharged. */
    public double dischargedThicknessMeters() {
        return discharged.stream().mapToDouble(StackLayer::thicknessMeters).sum();
    }

    /** Stack thickness, m, charged. */
    public double chargedThicknessMeters() {
        return charged.stream().mapToDouble(StackLayer::thicknessMeters).sum();
    }

    /** Energy per stack volume in the discharged state, Wh/L. */
    public double dischargedWhPerLiter() {
        return energyWhPerM2 / dischargedThicknessMeters() / 1000.0;
    }

    /** Energy per stack volume in the charged state, Wh/L. */
    public double chargedWhPerLiter() {
        return energyWhPerM2 / chargedThicknessMeters() / 1000.0;
    }

    /** Energy per stack mass, Wh/kg (the mass is the same charged or discharged: Li only moves). */
    public double whPerKg() {
        return energyWhPerM2 / discharged.stream().mapToDouble(StackLayer::arealMassKgPerM2).sum();
    }
}
