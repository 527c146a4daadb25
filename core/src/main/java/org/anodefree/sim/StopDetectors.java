package org.anodefree.sim;

import org.anodefree.cell.CathodeState;
import org.anodefree.protocol.Limit;
import org.anodefree.protocol.Step;
import org.anodefree.protocol.StepLimits;
import org.anodefree.protocol.StepProgress;

/**
 * The checks that end a protocol step or the whole run, each returning why ({@link StepEnd}) or null to go
 * on. The stepper runs the first three before each solve and the last two after each recorded row; what
 * a stop does (a closing row, a warning, the run's end) is the stepper's business, not the detector's.
 */
final class StopDetectors {
    /** A cathode counts as empty or full below this share of its loading (rounding of the explicit steps). */
    static final double CATHODE_EMPTY_SHARE = 1e-9;

    private StopDetectors() {
    }

    /**
     * A shorted cell with a cathode would discharge itself through the bridge (amps per cm2 through
     * ~1 Ohm cm2 at ~3.7 V), which is not simulated: its run stops at the short. A half cell runs on
     * ({@link #afterShort}).
     */
    static StepEnd shortedCellWithCathode(boolean shorted, boolean hasCathode) {
        return shorted && hasCathode ? StepEnd.SHORT_CIRCUIT : null;
    }

    /** A step in this direction finds no pixel to carry its current: a strip with no Li left in contact. */
    static StepEnd noLithiumInContact(InterfaceState state, boolean plating) {
        return !plating && state.activePixels(false) == 0 ? StepEnd.NO_LITHIUM_IN_CONTACT : null;
    }

    /** The cathode has nothing left to give (charge) or no room left (discharge). */
    static StepEnd cathodeExhausted(CathodeState cathode, boolean charging) {
        if (cathode == null) {
            return null;
        }
        double room = charging ? cathode.extractableCoulombsPerM2() : cathode.acceptableCoulombsPerM2();
        return room <= CATHODE_EMPTY_SHARE * cathode.loadingCoulombsPerM2() ? StepEnd.CATHODE_EXHAUSTED : null;
    }

    /** A limit of the protocol step is reached by this progress, or the step has run its planned duration. */
    static StepEnd limitReached(Step step, StepProgress progress, boolean landed) {
        Limit reached = StepLimits.reached(step, progress);
        return reached != null ? StepEnd.LIMIT : landed ? StepEnd.PLANNED_DURATION : null;
    }

    /** A half cell that shorted has recorded {@code afterShortSeconds} of its collapsed voltage. */
    static StepEnd afterShort(boolean shorted, double timeSeconds, double shortTimeSeconds, double afterShortSeconds) {
        return shorted && timeSeconds - shortTimeSeconds >= afterShortSeconds ? StepEnd.SHORT_CIRCUIT : null;
    }
}
