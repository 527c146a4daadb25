package org.anodefree.model;

/**
 * Lateral flow of the Li deposit by creep under stack pressure, at a rate that does not depend on the
 * plating current: at low current there is more time per mAh/cm2 for it to act, so deposits stay
 * flatter (row F2). Li is moved, never created or destroyed; it may flow onto bare current collector,
 * which then holds Li.
 */
public interface DepositRelaxation {

    /**
     * Lets the deposit flow for {@code dtSeconds} on a periodic {@code width x width} grid of pixels
     * of edge {@code pixelSizeMeters}. The sum of {@code thicknessMeters} is unchanged; a bare pixel
     * that receives enough Li to wet it is marked in {@code hasLithium}.
     */
    void relax(double[] thicknessMeters, boolean[] hasLithium, int width, double pixelSizeMeters, double dtSeconds);

    /** The no-op law: the deposit does not flow. */
    final class None implements DepositRelaxation {
        @Override
        public void relax(double[] thicknessMeters, boolean[] hasLithium, int width, double pixelSizeMeters,
                double dtSeconds) {
        }
    }
}
