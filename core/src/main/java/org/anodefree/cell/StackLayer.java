package org.anodefree.cell;

/**
 * One layer of a cell stack's repeat unit, as counted for energy density.
 *
 * @param name what the layer is
 * @param thicknessMeters thickness counted per repeat unit (a shared current collector counts half)
 * @param arealMassKgPerM2 mass per electrode area
 */
public record StackLayer(String name, double thicknessMeters, double arealMassKgPerM2) {
    public StackLayer {
        if (!(thicknessMeters >= 0) || !(arealMassKgPerM2 >= 0)) {
            throw new IllegalArgumentException(name + ": thickness and mass must be >= 0");
        }
    }
}
