package org.anodefree.model;

import org.anodefree.InputException;

/**
 * How a filament law's cell-level Weibull strength (a critical current density or overpotential, as
 * measured on whole cells) maps onto the simulated patch, as {@code model.filamentThresholds} chooses:
 * {@code cell-weibull} puts the rest of the electrode's weak sites in the patch too
 * ({@link CellEquivalentWeakSites}), so a patch fails when the whole cell would; {@code patch-weibull}
 * keeps only the patch's own pixels ({@link WeibullThresholds#pixelScale}).
 */
public final class FilamentThresholds {
    private FilamentThresholds() {
    }

    /** The thresholds for the context's cell and patch, with this cell-level Weibull scale and shape. */
    public static ThresholdField of(LawContext c, double cellScale, double shape) {
        return switch (c.options().filamentThresholds()) {
            case "cell-weibull" -> new CellEquivalentWeakSites(cellScale, shape, c.cell().electrodeAreaM2(),
                    c.grid().pixelAreaM2(), c.grid().areaM2(), c.numerics().weakSiteDensityInverse());
            case "patch-weibull" -> new WeibullThresholds(WeibullThresholds.pixelScale(cellScale, shape,
                    c.cell().electrodeAreaM2(), c.grid().pixelAreaM2()), shape);
            default -> throw new InputException("model.filamentThresholds: " + c.options().filamentThresholds()
                    + " is not a threshold mapping");
        };
    }
}
