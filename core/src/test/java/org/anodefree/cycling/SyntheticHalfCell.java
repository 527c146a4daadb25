package org.anodefree.cycling;

import java.util.Random;

/** Builds Cu | Li half-cell records with known answers: plating is negative current, as cyclers record it. */
final class SyntheticHalfCell {
    static final double AREA_M2 = 1e-4;
    static final double CURRENT_AMPS = 0.5e-3;
    static final double DT = 10.0;
    static final double PLATEAU_VOLTS = 0.02;
    static final double NUCLEATION_VOLTS = 0.05;
    static final double CUTOFF_VOLTS = 1.0;

    double platingSeconds = 7200;
    double coulombicEfficiency = 0.9;
    int shortCycle = -1;
    double shortAfterSeconds = 3600;
    int noisyStripCycle = -1;
    int timedOutStripCycle = -1;
    /** In this cycle's strip the voltage, once at 0.86 V, falls back by 0.37 V and then rises again. */
    int recoveringStripCycle = -1;

    private final CyclingRecordBuilder b = new CyclingRecordBuilder("synthetic");
    private double t;

    CyclingRecord build(int cycles) {
        b.appendRow(0.0, 0.0, 0.0); // open circuit at the start, as a cycler logs it
        for (int c = 1; c <= cycles; c++) {
            plate(c);
            rest();
            strip(c);
            rest();
        }
        return b.build();
    }

    private void plate(int cycle) {
        double t0 = t;
        boolean shorted = false;
        // Each row carries the current of the interval ending at it, as cyclers log it: the step's first row
        // comes DT after the last rest row.
        for (double s = DT; s <= platingSeconds + 1e-9; s += DT) {
            shorted |= cycle == shortCycle && s >= shortAfterSeconds;
            double u = shorted ? 0.001 : PLATEAU_VOLTS + NUCLEATION_VOLTS * Math.exp(-(s - DT) / 60.0);
            b.appendRow(t0 + s, -u, -CURRENT_AMPS);
        }
        t = t0 + platingSeconds + DT;
    }

    private void strip(int cycle) {
        double t0 = t;
        double duration = coulombicEfficiency * platingSeconds;
        Random noise = new Random(cycle);
        double recoveredAt = -1;
        for (double s = DT; s <= duration + 1e-9; s += DT) {
            double frac = s / duration;
            double v = PLATEAU_VOLTS + (CUTOFF_VOLTS - PLATEAU_VOLTS) * Math.pow(frac, 40);
            if (cycle == timedOutStripCycle) {
                v = Math.min(v, 0.3);
            }
            if (cycle == recoveringStripCycle) {
                recoveredAt = recoveredAt < 0 && v >= 0.86 ? s : recoveredAt;
                v -= recoveredAt < 0 || s == recoveredAt ? 0 : 0.37 * Math.exp(-(s - recoveredAt) / (20 * DT));
            }
            if (cycle == noisyStripCycle) {
                v += 0.01 * noise.nextGaussian();
            }
            b.appendRow(t0 + s, v, CURRENT_AMPS);
        }
        t = t0 + duration + DT;
    }

    private void rest() {
        for (int k = 0; k < 60; k++) {
            b.appendRow(t, 0.0, 0.0);
            t += DT;
        }
        t -= DT; // the next step's first row comes DT after the last rest row
    }
}
