package org.anodefree.app.calibrate;

import org.anodefree.InputException;
import org.anodefree.parameters.Parameter;

/**
 * A parameter the calibration may move, between bounds, on a linear or logarithmic scale. The
 * optimiser works on the unit interval: {@link #toUnit} and {@link #fromUnit} map a value there and back.
 *
 * @param parameter which parameter
 * @param min lowest allowed value, in the key's unit
 * @param max highest allowed value, in the key's unit
 * @param logScale whether the optimiser moves the logarithm of the value (for ranges over decades)
 */
public record FreeParameter(Parameter parameter, double min, double max, boolean logScale) {
    public FreeParameter {
        if (parameter == null) {
            throw new InputException("calibration: a free parameter needs a key");
        }
        String k = parameter.key();
        if (!(min < max)) {
            throw new InputException("calibration: " + k + ": min " + min + " must be below max " + max);
        }
        parameter.check(min, "calibration bounds");
        parameter.check(max, "calibration bounds");
        if (logScale && min <= 0) {
            throw new InputException("calibration: " + k + ": a log scale needs a positive min, got " + min);
        }
    }

    /** The value's position in the bounds, 0 at min and 1 at max (on the log scale when asked). */
    public double toUnit(double value) {
        return logScale ? Math.log(value / min) / Math.log(max / min) : (value - min) / (max - min);
    }

    /** The value at position {@code u} of the bounds, clamped into them. */
    public double fromUnit(double u) {
        double c = Math.max(0, Math.min(1, u));
        double v = logScale ? min * Math.exp(c * Math.log(max / min)) : min + c * (max - min);
        return Math.max(min, Math.min(max, v));
    }

    /** The value as {@code --set} takes it: {@code key=value}, exact. */
    public String assignment(double value) {
        return parameter.key() + "=" + Double.toString(value);
    }
}
