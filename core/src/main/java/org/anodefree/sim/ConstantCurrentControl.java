package org.anodefree.sim;

import java.util.OptionalDouble;
import org.anodefree.protocol.ScheduledStep;
import org.anodefree.protocol.Step;
import org.anodefree.protocol.StepLimits;
import org.anodefree.protocol.StepProgress;

/**
 * A constant-current step (plate, strip, charge, discharge). A step that starts on existing Li resumes at
 * the last unclipped time step (the stability bounds still apply to the new current); plating onto bare
 * Cu first nucleates ({@link BareNucleation#firstNuclei}) and starts at the shortest step, so that the
 * nucleation transient is resolved. On plateaus the fixed step cap is lifted by the current-change error
 * estimate ({@link CurrentChangeStep}); after a short the fixed cap holds, so a run ends within one such
 * step of its after-short time.
 */
final class ConstantCurrentControl implements StepControl {
    private final ScheduledStep step;
    private final Step.ConstantCurrent cc;
    private final RunContext run;
    private final InterfaceState state;
    private final Electrochemistry echem;
    private final BareNucleation nucleation;
    private final CurrentChangeStep changeStep;
    private final SimulationSettings settings;
    private final boolean plating;
    private final double magnitude;
    private final double external;
    private double cap;

    ConstantCurrentControl(ScheduledStep step, RunContext run, InterfaceState state, Electrochemistry echem,
            BareNucleation nucleation, CurrentChangeStep changeStep, SimulationSettings settings) {
        this.step = step;
        this.cc = (Step.ConstantCurrent) step.step();
        this.run = run;
        this.state = state;
        this.echem = echem;
        this.nucleation = nucleation;
        this.changeStep = changeStep;
        this.settings = settings;
        this.plating = cc.mode().plating();
        this.magnitude = cc.currentDensityAmpsPerM2();
        this.external = plating ? magnitude : -magnitude;
        changeStep.reset();
    }

    @Override
    public double initialPreviousStepSeconds() {
        return state.activePixels(plating) > 0 && run.lastFreeStepSeconds() > 0
                ? run.lastFreeStepSeconds() / settings.maxStepGrowth() : settings.minStepSeconds();
    }

    @Override
    public OptionalDouble plannedDurationSeconds() {
        return StepLimits.plannedDurationSeconds(cc);
    }

    @Override
    public StepEnd beforeSolve(double elapsedSeconds) {
        StepEnd end = StopDetectors.shortedCellWithCathode(run.shorted(), run.cathode() != null);
        if (end != null) {
            return end;
        }
        if (plating && state.activePixels(true) == 0) {
            nucleation.firstNuclei(external, state, echem, run.cathode());
        }
        end = StopDetectors.noLithiumInContact(state, plating);
        return end != null ? end : StopDetectors.cathodeExhausted(run.cathode(), plating);
    }

    @Override
    public void solveAndRecord() {
        echem.solve(external, run.shorted() ? run.bridgingFilaments() : 0, run.cathode());
        run.record(step, external);
    }

    @Override
    public StepEnd afterRow(double elapsedSeconds, boolean landed) {
        return StopDetectors.limitReached(cc,
                new StepProgress(elapsedSeconds, magnitude * elapsedSeconds, echem.volts(), magnitude), landed);
    }

    @Override
    public double capSeconds() {
        cap = run.shorted() ? settings.maxStepSeconds()
                : changeStep.cap(echem.current(), echem.volts(), run.timeSeconds(), echem.plating(), settings);
        return cap;
    }

    @Override
    public StepBound capBound() {
        return cap > settings.maxStepSeconds() ? StepBound.PLATEAU : StepBound.MAX_STEP;
    }

    @Override
    public TimeStepPolicy.ExtraBound extraBound(double previousStepSeconds) {
        return null;
    }

    @Override
    public double externalAmpsPerM2() {
        return external;
    }

    @Override
    public void advanced(TimeStepPolicy.Choice choice) {
        run.lastFreeStepSeconds(choice.unlandedSeconds());
    }

    @Override
    public void ended(StepEnd end, double elapsedSeconds) {
        run.recordClosing(step, external, elapsedSeconds);
        if (end == StepEnd.NO_LITHIUM_IN_CONTACT) {
            run.warn("step " + step.stepNumber() + ": no Li left in contact to strip at " + run.timeSeconds() + " s"
                    + (state.lithiumPixels() > 0 ? " (the rest is stranded behind voids)" : ""));
        }
    }
}
