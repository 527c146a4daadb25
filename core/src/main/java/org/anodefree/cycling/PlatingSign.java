package org.anodefree.cycling;

/**
 * Which sign of BDF current plates Li onto the Cu (or lithium-free) electrode.
 *
 * <p>{@link #POSITIVE}: an anode-free full cell, where charging plates Li onto Cu (also what the simulator
 * writes). {@link #NEGATIVE}: a Cu | Li (or Li | Li) half cell wired with Cu on the positive lead, where
 * plating onto Cu discharges the cell as the cycler sees it.
 */
public enum PlatingSign {
    POSITIVE(1),
    NEGATIVE(-1);

    /** Cell voltages this low under current mean Li | Li or Cu | Li (no cathode), in volts. */
    static final double HALF_CELL_MAX_VOLTS = 1.5;

    private final int sign;

    PlatingSign(int sign) {
        this.sign = sign;
    }

    /** +1 or -1: the sign of a plating current. */
    public int sign() {
        return sign;
    }

    /**
     * Infers the sign from the data: a cell whose median |voltage| under current is below
     * {@value #HALF_CELL_MAX_VOLTS} V has no cathode (Cu | Li or Li | Li, a few tens of mV of polarization),
     * so plating onto Cu is its negative (discharge) current; otherwise it is a full cell and plating is charging.
     */
    public static PlatingSign infer(CyclingRecord record) {
        double[] v = record.voltageVolts();
        double[] i = record.currentAmps();
        double maxAbs = 0;
        for (double x : i) {
            if (Math.abs(x) > maxAbs) {
                maxAbs = Math.abs(x);
            }
        }
        double[] under = new double[record.rows()];
        int n = 0;
        for (int r = 0; r < record.rows(); r++) {
            if (Math.abs(i[r]) > 0.05 * maxAbs && Double.isFinite(v[r])) {
                under[n++] = Math.abs(v[r]);
            }
        }
        if (n == 0) {
            return POSITIVE;
        }
        java.util.Arrays.sort(under, 0, n);
        return under[n / 2] < HALF_CELL_MAX_VOLTS ? NEGATIVE : POSITIVE;
    }
}
