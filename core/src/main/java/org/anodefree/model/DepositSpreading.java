package org.anodefree.model;

import org.anodefree.grid.PixelGrid;

/**
 * How a deposit spreads over bare current collector by deposition itself: a Li island grows in three
 * dimensions, so its footprint widens as it thickens, and a bare pixel next to it is covered once the
 * island's edge has crossed it. (Creep spreads Li too, {@link DepositRelaxation}; for a thin island it is far
 * slower, its mobility going as the cube of the thickness.) A run's spreading ({@link #start}) keeps how far
 * each bare pixel's covering edge has come.
 */
public interface DepositSpreading {

    /** A run's spreading on a periodic {@code grid}. */
    Spread start(PixelGrid grid);

    /** The spreading of one run. */
    interface Spread {
        /**
         * After a plating step that thickened each pixel by {@code platedMeters} (flat Li): advances the edges
         * of Li pixels into their bare neighbours and covers those the edge has crossed, moving the Li that
         * wets them from the neighbour that covered them (so Li is conserved).
         */
        void spread(double[] platedMeters, double[] thicknessMeters, boolean[] hasLithium);
    }

    /** The no-op law: only nucleation and creep bring Li onto bare pixels. */
    final class None implements DepositSpreading {
        @Override
        public Spread start(PixelGrid grid) {
            return (dh, h, hasLithium) -> { };
        }
    }
}
