package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.parameters.Parameter;

/**
 * A short circuit as soon as one filament reaches the counter electrode (its length equals the
 * separator thickness); each bridging filament adds a path of area-specific resistance R_f in
 * parallel, so the short hardens as more cross (the stages of short circuiting that Lewis et al. see
 * in impedance during Fig. 1b's plating).
 */
public final class FilamentBridgeShort implements ShortCircuitCriterion {
    private final double filamentResistanceOhmM2;

    /** What {@link #from} reads. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.FILAMENT_SHORT_RESISTANCE);

    /** The criterion with the parameter set's bridge resistance. */
    public static FilamentBridgeShort from(LawContext c) {
        return new FilamentBridgeShort(c.value(Parameter.FILAMENT_SHORT_RESISTANCE));
    }

    public FilamentBridgeShort(double filamentResistanceOhmM2) {
        if (!(filamentResistanceOhmM2 > 0) || !Double.isFinite(filamentResistanceOhmM2)) {
            throw new InputException("short-circuit resistance must be positive and finite, got "
                    + filamentResistanceOhmM2 + " Ohm m2");
        }
        this.filamentResistanceOhmM2 = filamentResistanceOhmM2;
    }

    @Override
    public boolean bridges(double filamentLengthMeters, double separatorThicknessMeters) {
        return filamentLengthMeters >= separatorThicknessMeters;
    }

    @Override
    public double shortResistanceOhmM2(int bridgingFilaments) {
        return bridgingFilaments <= 0 ? Double.POSITIVE_INFINITY : filamentResistanceOhmM2 / bridgingFilaments;
    }
}
