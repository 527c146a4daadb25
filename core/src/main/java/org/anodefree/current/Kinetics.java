package org.anodefree.current;

/**
 * The charge-transfer law at one active pixel, written as the overpotential that a given local
 * current density needs, eta(j). The law must be strictly increasing in j, so that the coupled
 * problem is the minimum of a strictly convex function (see {@link CurrentSolver}).
 *
 * <p>Every method takes the pixel's contact fraction c in (0, 1]: the fraction of its area in
 * contact with the electrolyte, which scales the exchange current (equivalently divides the
 * charge-transfer resistance).
 */
public interface Kinetics {

    /** Overpotential eta, V, that drives local current density {@code currentDensityAmpsPerM2}. */
    double overpotentialVolts(double currentDensityAmpsPerM2, double contactFraction);

    /** Local current density, A/m2, driven by overpotential {@code overpotentialVolts} (the forward law). */
    double currentDensityAmpsPerM2(double overpotentialVolts, double contactFraction);

    /**
     * Differential resistance d(eta)/dj, Ohm m2, positive, at current density j whose overpotential
     * {@code overpotentialVolts} = eta(j) the caller has already computed (inverting a law can cost
     * more than using it).
     */
    double differentialResistanceOhmM2(double currentDensityAmpsPerM2, double overpotentialVolts, double contactFraction);

    /**
     * The integral of eta(s) ds from 0 to j, W/m2, given eta(j) as above: the kinetic part of the
     * convex function whose minimum is the current distribution.
     */
    double dissipationPotentialWattsPerM2(double currentDensityAmpsPerM2, double overpotentialVolts,
            double contactFraction);

    /**
     * Evaluates the law at the first {@code n} pixels at once: {@code eta[i]} = eta(j_i), {@code slope[i]}
     * = d eta / dj and {@code dissipation[i]} = the integral of eta, as the three single-pixel methods
     * give them. The solver calls this at every active pixel in every Newton step and line-search
     * trial; a law may override it to share work between the three (one root, one logarithm).
     */
    default void evaluate(double[] currentDensityAmpsPerM2, double[] contactFraction, int n, double[] eta,
            double[] slope, double[] dissipation) {
        for (int i = 0; i < n; i++) {
            double j = currentDensityAmpsPerM2[i];
            double c = contactFraction[i];
            double e = overpotentialVolts(j, c);
            eta[i] = e;
            slope[i] = differentialResistanceOhmM2(j, e, c);
            dissipation[i] = dissipationPotentialWattsPerM2(j, e, c);
        }
    }

    /** True when eta is proportional to j, so one linear solve gives the distribution. */
    boolean isLinear();
}
