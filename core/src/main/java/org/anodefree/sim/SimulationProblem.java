package org.anodefree.sim;

import org.anodefree.InputException;
import org.anodefree.cell.CathodeModel;
import org.anodefree.cell.CellDesign;
import org.anodefree.grid.PixelGrid;
import org.anodefree.model.InterfaceModel;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.protocol.Protocol;
import org.anodefree.protocol.ProtocolValidator;

/**
 * Everything one simulated run depends on: the cell as built (the one owner of its stack pressure and
 * dimensions), the interface model (its laws, built from the parameter set), the cathode model, the
 * protocol, the interface grid (a periodic square patch), the seed and the numerical settings. Two runs of
 * equal problems give bit-identical results; the models are immutable, so one problem may serve any
 * number of seeds at once ({@link #withSeed}).
 */
public record SimulationProblem(CellDesign cell, InterfaceModel model, CathodeModel cathode, Protocol protocol,
        PixelGrid grid, long seed, SimulationSettings settings) {

    public SimulationProblem {
        if (cell == null || model == null || cathode == null || protocol == null || grid == null || settings == null) {
            throw new InputException("simulation: cell, model, cathode, protocol, grid and settings are required");
        }
        if (!grid.isSquare() || grid.width() < 2 || grid.width() > 4096) {
            throw new InputException("simulation: the grid must be square, 2 to 4096 pixels wide, got " + grid.width()
                    + " x " + grid.height());
        }
        ProtocolValidator.requireValid(protocol, cell.type(), "protocol");
    }

    /** The problem with the laws and cathode the parameter set gives for this cell and grid. */
    public static SimulationProblem of(CellDesign cell, ModelParameters parameters, Protocol protocol, PixelGrid grid,
            long seed, SimulationSettings settings) {
        return new SimulationProblem(cell, InterfaceModel.of(parameters, cell, grid, settings.lawNumerics()),
                CathodeModel.of(parameters),
                protocol, grid, seed, settings);
    }

    /** The same problem with another seed. */
    public SimulationProblem withSeed(long newSeed) {
        return new SimulationProblem(cell, model, cathode, protocol, grid, newSeed, settings);
    }

    /** Patch width, pixels. */
    public int widthPixels() {
        return grid.width();
    }

    /** Pixel edge, m. */
    public double pixelSizeMeters() {
        return grid.pixelSizeMeters();
    }

    /** Patch area, m2. */
    public double patchAreaM2() {
        return grid.areaM2();
    }
}
