package org.anodefree.model;

/**
 * Lateral flattening of the Li deposit by creep under stack pressure, at a rate that does not depend
 * on the plating current: at low current there is more time per mAh/cm2 for it to act, so deposits
 * stay flatter (row F2). Li is moved, never created or destroyed.
 */
public interface DepositRelaxation {

    /**
     * Relaxes {@code thicknessMeters} over {@code dtSeconds} among the pixels with {@code hasLithium};
     * bare pixels are left alone. The sum of thickness over the Li-holding pixels is unchanged.
     */
    void relax(double[] thicknessMeters, boolean[] hasLithium, double dtSeconds);

    /** The no-op law: the deposit does not flow. */
    final class None implements DepositRelaxation {
        @Override
        public void relax(double[] thicknessMeters, boolean[] hasLithium, double dtSeconds) {
        }
    }
}
