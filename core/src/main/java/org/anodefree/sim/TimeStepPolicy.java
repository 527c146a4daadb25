package org.anodefree.sim;

import java.util.EnumMap;
import java.util.Map;
import org.anodefree.cell.CathodeState;

/**
 * Chooses every time step of a run from all its bounds, in one place, and says which bound limited it.
 * In order: the step's cap (the fixed cap, or the plateau cap a current-change estimate lifted it to),
 * growth from the previous step, the stability bounds of the explicit update (thickness, filament
 * advance, void contact: each a fraction of its scale), a control's own bound (a hold's current change),
 * the shortest step, then what must not be overshot whatever the stability (the cathode's room, the Li
 * left to strip), and last the landing on the step's planned end. Counts the limiting bound of every step
 * taken ({@link #counts()}).
 */
final class TimeStepPolicy {
    private final SimulationSettings settings;
    private final InterfaceState state;
    private final double maxFilamentAdvanceMeters;
    private final EnumMap<StepBound, Long> counts = new EnumMap<>(StepBound.class);

    /** A chosen step: its length, the length before landing on the planned end, and what limited it. */
    record Choice(double seconds, double unlandedSeconds, StepBound bound, boolean landed) {
    }

    /** A control's own bound on the step so far (a voltage hold's current change); identity for none. */
    interface ExtraBound {
        double bound(double dtSeconds);
    }

    TimeStepPolicy(SimulationSettings settings, InterfaceState state, double separatorMeters) {
        this.settings = settings;
        this.state = state;
        this.maxFilamentAdvanceMeters = settings.maxFilamentAdvanceFraction() * separatorMeters;
    }

    /**
     * The next step of a constant-current or hold step.
     *
     * @param capSeconds the step's cap and {@code capBound} the bound it stands for
     * @param previousSeconds the previous step (growth is from it)
     * @param current the last solve's local current densities, A/m2 (positive anodic)
     * @param extra a control's own bound, or null
     * @param cathode the cathode, or null
     * @param platingAmpsPerM2 the interface current over the step (plating positive)
     * @param remainingSeconds what is left of the step's planned duration (infinite when none)
     */
    Choice next(double capSeconds, StepBound capBound, double previousSeconds, double[] current, ExtraBound extra,
            CathodeState cathode, double platingAmpsPerM2, double remainingSeconds) {
        double dt = capSeconds;
        StepBound bound = capBound;
        double growth = previousSeconds * settings.maxStepGrowth();
        if (growth < dt) {
            dt = growth;
            bound = StepBound.GROWTH;
        }
        double fraction = settings.maxThicknessChangeFraction();
        double voids = state.voidStableStepSeconds(current, fraction);
        double thickness = state.thicknessStableStepSeconds(current, fraction, settings.thicknessFloorMeters());
        double filament = state.filamentStableStepSeconds(current, maxFilamentAdvanceMeters);
        double stable = Math.min(voids, Math.min(thickness, filament));
        if (stable < dt) {
            dt = stable;
            bound = voids == stable ? StepBound.VOID : thickness == stable ? StepBound.THICKNESS : StepBound.FILAMENT;
        }
        if (extra != null) {
            double e = extra.bound(dt);
            if (e < dt) {
                dt = e;
                bound = StepBound.HOLD_CURRENT;
            }
        }
        if (settings.minStepSeconds() > dt) {
            dt = settings.minStepSeconds();
            bound = StepBound.MIN_STEP;
        }
        if (cathode != null && platingAmpsPerM2 != 0) {
            double room = platingAmpsPerM2 > 0 ? cathode.extractableCoulombsPerM2() : cathode.acceptableCoulombsPerM2();
            double c = room / Math.abs(platingAmpsPerM2);
            if (c < dt) {
                dt = c;
                bound = StepBound.CATHODE;
            }
        }
        if (platingAmpsPerM2 < 0) {
            double s = state.strippableCoulombsPerM2() / -platingAmpsPerM2;
            if (s < dt) {
                dt = s;
                bound = StepBound.STRIPPABLE_LITHIUM;
            }
        }
        double unlanded = dt;
        boolean landed = false;
        if (dt >= remainingSeconds) {
            dt = remainingSeconds;
            bound = StepBound.STEP_END;
            landed = true;
        }
        return new Choice(dt, unlanded, bound, landed);
    }

    /** A rest's next step: the fixed cap, or what is left of the rest. */
    double restStep(double remainingSeconds) {
        return remainingSeconds <= settings.maxStepSeconds() ? remainingSeconds : settings.maxStepSeconds();
    }

    /** Counts a step taken, limited by {@code bound}. */
    void taken(StepBound bound) {
        counts.merge(bound, 1L, Long::sum);
    }

    /** Steps taken per limiting bound so far. */
    Map<StepBound, Long> counts() {
        return new EnumMap<>(counts);
    }
}
