package org.anodefree.model;

import org.anodefree.grid.PixelGrid;

/**
 * Lateral flow of the Li deposit by creep under stack pressure, at a rate that does not depend on the
 * plating current: at low current there is more time per mAh/cm2 for it to act, so deposits stay
 * flatter (row F2). Li is moved, never created or destroyed; it may flow onto bare current collector,
 * which then holds Li. A run's flow ({@link #start}) owns its work arrays.
 */
public interface DepositRelaxation {

    /** A run's flow on a periodic {@code grid}. */
    Flow start(PixelGrid grid);

    /** The flow of one run. */
    interface Flow {
        /**
         * Lets the deposit flow for {@code dtSeconds}. The sum of {@code thicknessMeters} is unchanged; a
         * bare pixel that receives enough Li to wet it is marked in {@code hasLithium}.
         */
        void relax(double[] thicknessMeters, boolean[] hasLithium, double dtSeconds);

        /** Calls whose flow was cut short by a numerical cap on sub-steps (0 for laws without one). */
        default long saturatedCalls() {
            return 0;
        }
    }

    /** The no-op law: the deposit does not flow. */
    final class None implements DepositRelaxation {
        @Override
        public Flow start(PixelGrid grid) {
            return (h, hasLithium, dt) -> { };
        }
    }
}
