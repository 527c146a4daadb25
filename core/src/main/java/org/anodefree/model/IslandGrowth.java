package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.Parameter;

/**
 * Li islands that widen as they thicken: the edge of an island advances sideways by {@code kappa} times the
 * thickness it gains, the lateral-to-vertical growth ratio of a three-dimensional nucleus (kappa = 1 for the
 * hemispherical islands of the classical picture of nucleation and growth: Budevski, Staikov and Lorenz,
 * Electrochemical Phase Formation and Growth, VCH 1996, ch. 6; Scharifker and Hills, Electrochim. Acta 28,
 * 879, 1983). Each bare pixel sums the advance of the edges of its Li neighbours (4-neighbours, periodic) in
 * units of the pixel's width; when it reaches 1 the pixel holds Li, wetted with the numerical wetting
 * thickness taken from its thickest Li neighbour.
 *
 * @param lateralRatio kappa, edge advance per thickness gained
 * @param wettingThicknessMeters Li a newly covered pixel starts with (a numerical setting, {@link LawNumerics})
 */
public record IslandGrowth(double lateralRatio, double wettingThicknessMeters) implements DepositSpreading {
    /** What {@link #from} reads. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.DEPOSIT_ISLAND_LATERAL_RATIO);

    public IslandGrowth {
        if (!(lateralRatio >= 0) || !Double.isFinite(lateralRatio) || !(wettingThicknessMeters > 0)) {
            throw new InputException("island growth: the lateral ratio must be finite and >= 0 and the wetting thickness"
                    + " > 0, got " + lateralRatio + " and " + wettingThicknessMeters + " m");
        }
    }

    /** The law with the parameter set's ratio and the numerics' wetting thickness. */
    public static IslandGrowth from(LawContext c) {
        return new IslandGrowth(c.value(Parameter.DEPOSIT_ISLAND_LATERAL_RATIO), c.numerics().wettingThicknessMeters());
    }

    private static double edgeGain(double[] dh, boolean[] hasLithium, int j) {
        return hasLithium[j] && dh[j] > 0 ? dh[j] : 0;
    }

    /** The Li-holding one of a and b with more Li (a when tied or neither holds Li). */
    private static int thicker(double[] h, boolean[] hasLithium, int a, int b) {
        if (!hasLithium[b]) {
            return a;
        }
        return !hasLithium[a] || h[b] > h[a] ? b : a;
    }

    @Override
    public Spread start(PixelGrid grid) {
        if (!grid.isSquare()) {
            throw new IllegalArgumentException("island growth runs on a square grid");
        }
        double perMeter = lateralRatio / grid.pixelSizeMeters();
        double[] edge = new double[grid.pixels()];
        return (dh, h, hasLithium) -> {
            if (lateralRatio == 0) {
                return;
            }
            for (int i = 0; i < edge.length; i++) {
                if (hasLithium[i]) {
                    edge[i] = 0;
                    continue;
                }
                int up = grid.up(i);
                int down = grid.down(i);
                int left = grid.left(i);
                int right = grid.right(i);
                double gain = edgeGain(dh, hasLithium, up) + edgeGain(dh, hasLithium, down)
                        + edgeGain(dh, hasLithium, left) + edgeGain(dh, hasLithium, right);
                if (!(gain > 0)) {
                    continue;
                }
                int donor = thicker(h, hasLithium, thicker(h, hasLithium, up, down), thicker(h, hasLithium, left, right));
                edge[i] += perMeter * gain;
                if (edge[i] >= 1 && h[donor] > 2 * wettingThicknessMeters) {
                    h[donor] -= wettingThicknessMeters;
                    h[i] += wettingThicknessMeters;
                    edge[i] = 0;
                }
            }
            // covered only after the sweep, so a pixel covered in this step does not spread further in it
            for (int i = 0; i < edge.length; i++) {
                if (!hasLithium[i] && h[i] >= wettingThicknessMeters) {
                    hasLithium[i] = true;
                }
            }
        };
    }
}
