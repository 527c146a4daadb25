package org.anodefree.sim;

/**
 * Charge bookkeeping of a run, C/m2 of patch area, all positive: what the cell passed, what went
 * through a short instead of the electrochemistry, and the Li plated, stripped and lost. The stepper
 * checks {@link #relativeImbalance} every time step; it is zero for an exact stepper (MODEL.md: 1e-9).
 */
final class ChargeLedger {
    private final double initialMetal;
    private double passed;
    private double bypassed;
    private double plated;
    private double stripped;
    private double lost;
    private double maxImbalance;

    ChargeLedger(double initialMetalCoulombsPerM2) {
        this.initialMetal = initialMetalCoulombsPerM2;
    }

    void passed(double externalCoulombsPerM2, double bypassedCoulombsPerM2) {
        passed += externalCoulombsPerM2;
        bypassed += bypassedCoulombsPerM2;
    }

    void plated(double coulombsPerM2) {
        plated += coulombsPerM2;
    }

    void stripped(double coulombsPerM2) {
        stripped += coulombsPerM2;
    }

    void lost(double coulombsPerM2) {
        lost += coulombsPerM2;
    }

    /** Li consumed by the interphase so far, C/m2. */
    double lostCoulombsPerM2() {
        return lost;
    }

    /**
     * Electrochemical charge (passed through the cell minus through a short) less the change of Li
     * metal plus the Li lost, relative to the charge moved; remembers the largest seen.
     */
    double check(double metalNowCoulombsPerM2) {
        double electrochemical = passed - bypassed;
        double accounted = (metalNowCoulombsPerM2 - initialMetal) + lost;
        double scale = Math.max(Math.max(plated + stripped, Math.abs(electrochemical)), 1e-300);
        double r = Math.abs(electrochemical - accounted) / scale;
        maxImbalance = Math.max(maxImbalance, r);
        return r;
    }

    /** The largest imbalance {@link #check} has seen. */
    double maxImbalance() {
        return maxImbalance;
    }
}
