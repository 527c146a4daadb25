package org.anodefree.sim;

/**
 * Error-based bound on a constant-current time step from how fast the local currents move.
 *
 * <p>The stepper holds each pixel's current at the value of the solve that starts a time step
 * (explicit Euler in the charge each pixel moves). Its local error over a step {@code dt} is about
 * {@code dt |dj/dt| dt / 2}, half the change of the pixel's current over the step times the step. This
 * bound keeps that change, {@code |dj/dt| dt}, within {@code fraction} of {@code max(|j_i|, |j_applied|)},
 * so the charge a pixel moves in one step is wrong by at most {@code fraction / 2} of what it moves
 * (relative to the applied current for pixels that carry less). {@code dj/dt} is read off the last two
 * solves of the same protocol step, pixel by pixel, over the pixels active in both: a pixel that joins
 * (nucleation, creep wetting) or leaves (depletion, stranding) is an event its own law resolves, not a
 * smooth change, and a rate read across it means nothing, so then there is no estimate. The stepper
 * uses the bound to lift its fixed step cap on plateaus, where the distribution barely moves
 * ({@link SimulationSettings#plateauStepSeconds()}); it never shortens a step below what the other
 * bounds and the fixed cap give. The lift also needs the cell voltage to move by less than
 * {@link SimulationSettings#plateauVoltageChangeVolts()} per step, read off the same two solves: a step
 * ends on a voltage limit at the first solve past it, so a long step would overshoot a limit the
 * voltage is heading for (a full cell's charge to its cutoff, a strip's rise to 1 V). (The same idea, on the total current, bounds the steps of voltage
 * holds: {@link HoldTimeStep}.)
 *
 * <p>One instance per run; it keeps a copy of the last solve's currents, allocated once.
 */
final class CurrentChangeStep {
    private final double[] previous;
    private double previousTime = Double.NaN;
    private double previousVolts = Double.NaN;

    CurrentChangeStep(int pixels) {
        this.previous = new double[pixels];
    }

    /** Forgets the last solve: the next one starts a new protocol step (another current or direction). */
    void reset() {
        previousTime = Double.NaN;
    }

    /**
     * The cap on the constant-current time step after the solve at {@code timeSeconds} that gave
     * {@code current} and the cell voltage {@code volts} (see {@link #bound}, which this calls once): the
     * fixed {@code maxStepSeconds}, lifted up to {@code plateauStepSeconds} where the bound and the
     * voltage's change allow more. It only ever lengthens steps, so an
     * estimate cannot drive them below what the fixed cap gives.
     */
    double cap(double[] current, double volts, double timeSeconds, double appliedAmpsPerM2,
            SimulationSettings settings) {
        double elapsed = timeSeconds - previousTime;
        double moved = Math.abs(volts - previousVolts);
        double voltage = elapsed > 0 && moved > 0 ? settings.plateauVoltageChangeVolts() * elapsed / moved
                : Double.POSITIVE_INFINITY;
        previousVolts = volts;
        // min keeps NaN (no estimate) from the current bound
        double bound = Math.min(bound(current, timeSeconds, appliedAmpsPerM2, settings.maxCurrentChangeFraction()),
                voltage);
        return Double.isNaN(bound) ? settings.maxStepSeconds()
                : Math.min(settings.plateauStepSeconds(), Math.max(settings.maxStepSeconds(), bound));
    }

    /**
     * The bound for the step after the solve at {@code timeSeconds} that gave {@code current} (A/m2 per
     * pixel, 0 on inactive pixels), then remembers that solve. Infinite when nothing moved; NaN (no
     * estimate) when there is no earlier solve in this protocol step or a pixel joined or left the
     * active set between the two: a jump, which a rate read off it would turn into a needlessly tiny step.
     *
     * @param appliedAmpsPerM2 the interface's current density over the patch (its magnitude is the floor
     *     of the scale the change is judged against)
     * @param fraction largest change of a pixel's current over one step, relative to that scale
     */
    double bound(double[] current, double timeSeconds, double appliedAmpsPerM2, double fraction) {
        double elapsed = timeSeconds - previousTime; // NaN before the first solve of a protocol step
        double dt = Double.NaN;
        if (elapsed > 0) {
            dt = Double.POSITIVE_INFINITY;
            double floor = Math.abs(appliedAmpsPerM2);
            double worst = 0; // largest |dj/dt| / scale over the pixels, 1/s
            boolean sameSet = true;
            for (int i = 0; i < current.length; i++) {
                double now = current[i];
                double before = previous[i];
                if (now == 0 || before == 0) {
                    sameSet &= now == before;
                    continue;
                }
                double scale = Math.max(Math.abs(now), floor);
                worst = Math.max(worst, Math.abs(now - before) / (scale * elapsed));
            }
            if (!sameSet) {
                dt = Double.NaN;
            } else if (worst > 0) {
                dt = fraction / worst;
            }
        }
        System.arraycopy(current, 0, previous, 0, current.length);
        previousTime = timeSeconds;
        return dt;
    }
}
