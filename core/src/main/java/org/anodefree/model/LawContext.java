package org.anodefree.model;

import org.anodefree.cell.CellDesign;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;

/**
 * What a law's factory may read when it is built for a simulation: the parameter set, the cell as built
 * (its stack pressure, temperature and electrode area live only here), the interface grid and the model
 * options. Laws take their values when built; nothing reads the parameter set while a run steps.
 *
 * @param parameters the parameter set
 * @param cell the cell (the one owner of stack pressure and electrode area)
 * @param grid the simulated patch
 * @param options the chosen laws (some laws have a variant, e.g. how filament thresholds map to the patch)
 * @param numerics the laws' numerical settings (not physics)
 */
public record LawContext(ModelParameters parameters, CellDesign cell, PixelGrid grid, ModelOptions options,
        LawNumerics numerics) {

    public LawContext {
        if (parameters == null || cell == null || grid == null || options == null || numerics == null) {
            throw new IllegalArgumentException("law context: parameters, cell, grid, options and numerics are required");
        }
    }

    /** The context with the options the parameter set names and default numerics. */
    public static LawContext of(ModelParameters parameters, CellDesign cell, PixelGrid grid) {
        return new LawContext(parameters, cell, grid, ModelOptions.of(parameters), LawNumerics.defaults());
    }

    /** A parameter's value in the unit its key names. */
    public double value(Parameter p) {
        return parameters.value(p);
    }
}
