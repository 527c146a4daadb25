package org.anodefree.protocol;

import org.anodefree.InputException;

/**
 * A condition that ends a step: capacity passed in the step, cell voltage reached, time elapsed, or
 * (for a voltage hold) the current density decayed. A step lists several, joined by {@code or}.
 *
 * <p>Values are SI (C/m2, V, s, A/m2) and validated on construction.
 */
public sealed interface Limit {

    /** Ends the step once this areal charge has passed in it (C/m2; 1 mAh/cm2 = 36,000 C/m2). */
    record Capacity(double coulombsPerM2) implements Limit {
        public Capacity {
            if (!(coulombsPerM2 > 0) || !Double.isFinite(coulombsPerM2)) {
                throw new InputException("capacity limit must be positive and finite, got " + coulombsPerM2 + " C/m2");
            }
        }
    }

    /**
     * Ends the step when the cell voltage crosses this value (V) in the direction the step drives it:
     * downwards for Plate and Discharge, upwards for Strip and Charge ({@link Step.Mode#voltageFalls()}).
     */
    record Voltage(double volts) implements Limit {
        public Voltage {
            if (!Double.isFinite(volts)) {
                throw new InputException("voltage limit must be finite, got " + volts + " V");
            }
        }
    }

    /** Ends the step after this time in the step (s). */
    record Time(double seconds) implements Limit {
        public Time {
            if (!(seconds > 0) || !Double.isFinite(seconds)) {
                throw new InputException("time limit must be positive and finite, got " + seconds + " s");
            }
        }
    }

    /** Ends a voltage hold once the magnitude of the current density falls to this value (A/m2). */
    record Current(double ampsPerM2) implements Limit {
        public Current {
            if (!(ampsPerM2 > 0) || !Double.isFinite(ampsPerM2)) {
                throw new InputException("current limit must be positive and finite, got " + ampsPerM2 + " A/m2");
            }
        }
    }
}
