package org.anodefree.sim;

import org.anodefree.InputException;
import org.anodefree.cell.CellDesign;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.protocol.Protocol;
import org.anodefree.protocol.ProtocolValidator;

/**
 * Everything one simulated run depends on: the cell, the parameter set, the protocol, the interface
 * grid (a periodic patch of {@code widthPixels} x {@code widthPixels} pixels of edge
 * {@code pixelSizeMeters}), the seed and the numerical settings. Two runs of equal problems give
 * bit-identical results.
 */
public record SimulationProblem(CellDesign cell, ModelParameters parameters, Protocol protocol, int widthPixels,
        double pixelSizeMeters, long seed, SimulationSettings settings) {

    public SimulationProblem {
        if (cell == null || parameters == null || protocol == null || settings == null) {
            throw new InputException("simulation: cell, parameters, protocol and settings are required");
        }
        if (widthPixels < 2 || widthPixels > 4096) {
            throw new InputException("simulation: grid width must be 2 to 4096 pixels, got " + widthPixels);
        }
        if (!(pixelSizeMeters > 0) || !Double.isFinite(pixelSizeMeters)) {
            throw new InputException("simulation: pixel size must be a positive length, got " + pixelSizeMeters + " m");
        }
        ProtocolValidator.requireValid(protocol, cell.type(), "protocol");
    }

    /** Patch area, m2. */
    public double patchAreaM2() {
        return (double) widthPixels * widthPixels * pixelSizeMeters * pixelSizeMeters;
    }
}
