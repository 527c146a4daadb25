package org.anodefree.sim;

import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.anodefree.ModelException;
import org.anodefree.protocol.Limit;
import org.anodefree.protocol.ScheduledStep;
import org.anodefree.protocol.Step;
import org.anodefree.protocol.StepLimits;
import org.anodefree.protocol.StepProgress;

/**
 * A constant-voltage hold (cells with a cathode). Each time step the interface current p
 * (plating-positive) is the root of V(p) = held voltage, V rising strictly with p: bracketed from the
 * last current and closed by {@link IncreasingRoot}; the laws then run at p. Time steps as in a
 * constant-current step, from the shortest, also bounded by {@link HoldTimeStep}. Rows: one at the
 * start; after each time step one at the held voltage with the current that flowed over it (as cyclers
 * log a hold, and as the cycle analysis integrates rows, so the record's charge is the ledger's); on the
 * current limit, one more at the same time with the current that reached it.
 */
final class VoltageHoldControl implements StepControl {
    private final ScheduledStep step;
    private final Step.Hold hold;
    private final RunContext run;
    private final InterfaceState state;
    private final Electrochemistry echem;
    private final SimulationSettings settings;
    private final double target;
    private final double limit;
    private final DoubleUnaryOperator offset;
    private double passed;
    private double flowed = Double.NaN; // current over the time step just taken; NaN before the first
    private double slope = Double.NaN; // dV/dp of the last root, for the next bracket
    private double p;
    private double recorded;

    VoltageHoldControl(ScheduledStep step, RunContext run, InterfaceState state, Electrochemistry echem,
            SimulationSettings settings) {
        if (run.cathode() == null) {
            throw new ModelException("step " + step.stepNumber() + ": a voltage hold needs a cell with a cathode");
        }
        this.step = step;
        this.hold = (Step.Hold) step.step();
        this.run = run;
        this.state = state;
        this.echem = echem;
        this.settings = settings;
        this.target = hold.voltageVolts();
        this.limit = HoldTimeStep.currentLimit(hold);
        this.offset = x -> {
            echem.solveAt(x, run.cathode());
            return echem.volts() - target;
        };
    }

    @Override
    public double initialPreviousStepSeconds() {
        return settings.minStepSeconds() / settings.maxStepGrowth();
    }

    @Override
    public OptionalDouble plannedDurationSeconds() {
        return StepLimits.plannedDurationSeconds(hold);
    }

    @Override
    public StepEnd beforeSolve(double elapsedSeconds) {
        if (run.shorted()) {
            return StepEnd.SHORT_CIRCUIT; // as in constant-current steps: a shorted cell with a cathode stops
        }
        boolean charging = target > echem.openCircuitVolts(run.cathode());
        if (state.activePixels(charging) == 0) {
            if (charging) {
                throw new ModelException("step " + step.stepNumber() + ": a hold that plates onto bare Cu is not "
                        + "simulated; charge at constant current first");
            }
            return StepEnd.NO_LITHIUM_IN_CONTACT;
        }
        return null;
    }

    @Override
    public void solveAndRecord() {
        double x0 = echem.plating();
        double f0 = offset.applyAsDouble(x0);
        double scale = Math.max(Math.max(Math.abs(x0), limit), 0.1);
        double stride = slope > 0 ? Math.min(2 * Math.abs(f0) / slope, scale) : scale;
        IncreasingRoot.Result root = IncreasingRoot.find(offset, x0, f0, stride, HoldTimeStep.VOLTS_TOLERANCE,
                1e-14 * scale, "step " + step.stepNumber() + ": hold at " + target + " V");
        p = root.root();
        if (echem.plating() != p) {
            echem.solveAt(p, run.cathode());
        }
        if (root.slope() > 0) {
            slope = root.slope();
        }
        recorded = Double.isNaN(flowed) ? p : flowed;
        run.record(step, recorded);
    }

    @Override
    public StepEnd afterRow(double elapsedSeconds, boolean landed) {
        Limit reached = StepLimits.reached(hold, new StepProgress(elapsedSeconds, passed, echem.volts(), Math.abs(p)));
        StepEnd end = reached != null ? StepEnd.LIMIT : landed ? StepEnd.PLANNED_DURATION
                : StopDetectors.cathodeExhausted(run.cathode(), p > 0);
        if (end != null && reached instanceof Limit.Current && recorded != p) {
            run.record(step, p);
        }
        return end;
    }

    @Override
    public double capSeconds() {
        return settings.maxStepSeconds();
    }

    @Override
    public StepBound capBound() {
        return StepBound.MAX_STEP;
    }

    @Override
    public TimeStepPolicy.ExtraBound extraBound(double previousStepSeconds) {
        double last = flowed;
        double now = p;
        return dt -> HoldTimeStep.bound(dt, previousStepSeconds, last, now);
    }

    @Override
    public double externalAmpsPerM2() {
        return p;
    }

    @Override
    public void advanced(TimeStepPolicy.Choice choice) {
        passed += Math.abs(p) * choice.seconds();
        flowed = p;
    }

    @Override
    public void ended(StepEnd end, double elapsedSeconds) {
        if (end == StepEnd.NO_LITHIUM_IN_CONTACT) {
            run.warn("step " + step.stepNumber() + ": no Li left in contact to strip at " + run.timeSeconds() + " s");
        }
    }
}
