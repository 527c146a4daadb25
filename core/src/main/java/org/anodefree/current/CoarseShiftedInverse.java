package org.anodefree.current;

/**
 * A cheap stand-in for the Fourier preconditioner (G + d I)^{-1} when d is large against the
 * slab's response at short wavelengths: there its symbol m(k) = 1 / (G(k) + d) is nearly flat, so
 * the short wavelengths get the constant m_hi and only the long ones need a transform, on a grid
 * twice as coarse (a quarter of the points):
 * <pre>  M u = m_hi u + P Q_c R u,   Q_c = (G_c + d I)^{-1} - m_hi I,</pre>
 * with R full-weighting restriction, P = 4 R^T bilinear prolongation (both periodic; Briggs,
 * Henson and McCormick, A Multigrid Tutorial, 2nd ed., SIAM 2000, ch. 3) and G_c the slab operator
 * on the coarse grid, whose symbol is G's at the same wave vectors. M is symmetric; since Q_c's
 * symbol lies in [-m_hi, 0] and P R's spectrum in [0, 1], it is positive semidefinite, and positive
 * on every smooth or rough component the solver meets. Hand-written because JTransforms has no
 * multigrid transfer operators and Hipparchus works on assembled matrices.
 *
 * <p>{@link #suits} says whether m varies little enough over the short wavelengths (the band
 * m_hi stands for) for this to precondition as well as the full-grid transform.
 */
final class CoarseShiftedInverse {
    /** Largest ratio m(k_max) / m(k_c) over the band left to the constant; 1.25 keeps CG's rate. */
    static final double MAX_BAND_RATIO = 1.25;

    private final int rows;
    private final int columns;
    private final SlabOperator coarse;
    private final double[] coarseBuffer;
    private final double[] restricted;
    private final double bandLow;
    private final double bandMid;
    private final double bandHigh;

    /** Needs even row and column counts of at least 4. */
    CoarseShiftedInverse(int rows, int columns, double pixelSizeMeters, Electrolyte electrolyte) {
        this.rows = rows;
        this.columns = columns;
        this.coarse = new SlabOperator(rows / 2, columns / 2, 2 * pixelSizeMeters, electrolyte);
        this.coarseBuffer = new double[(rows / 2) * (columns / 2)];
        this.restricted = new double[(rows / 2) * (columns / 2)];
        // The band above the coarse Nyquist wave number k_c = pi / (2 h) up to the fine grid's
        // corner, pi sqrt(2) / h: the response falls from bandLow to bandHigh across it.
        double kc = Math.PI / (2 * pixelSizeMeters);
        this.bandLow = SlabOperator.response(kc, electrolyte);
        this.bandMid = SlabOperator.response(2 * kc, electrolyte);
        this.bandHigh = SlabOperator.response(2 * Math.sqrt(2) * kc, electrolyte);
    }

    static boolean applicable(int rows, int columns) {
        return rows >= 4 && columns >= 4 && rows % 2 == 0 && columns % 2 == 0;
    }

    /** True when, at shift d, m varies by at most {@link #MAX_BAND_RATIO} over the short wavelengths. */
    boolean suits(double shift) {
        return (bandLow + shift) / (bandHigh + shift) <= MAX_BAND_RATIO;
    }

    long transformPairs() {
        return coarse.transformPairs();
    }

    /** u = M u in place, on the fine grid (row-major, rows x columns). */
    void apply(double[] u, double shift) {
        double mHigh = 1.0 / (bandMid + shift);
        restrict(u, restricted);
        coarse.applyShiftedInverse(restricted, shift, coarseBuffer);
        for (int i = 0; i < coarseBuffer.length; i++) {
            coarseBuffer[i] -= mHigh * restricted[i];
        }
        scaleAndProlongAdd(mHigh, coarseBuffer, u);
    }

    /**
     * Full weighting: c(I, J) = sum of (1/4, 1/2, 1/4) x (1/4, 1/2, 1/4) weights around fine (2I, 2J).
     * The periodic neighbours are found by comparison, not by a remainder per point (an integer
     * division costs as much as the rest of the stencil).
     */
    private void restrict(double[] u, double[] c) {
        int cr = rows / 2;
        int cc = columns / 2;
        for (int i = 0; i < cr; i++) {
            int centreRow = 2 * i * columns;
            int above = (i == 0 ? rows - 1 : 2 * i - 1) * columns;
            int below = centreRow + columns;
            for (int j = 0; j < cc; j++) {
                int c0 = 2 * j;
                int cm = j == 0 ? columns - 1 : c0 - 1;
                int cp = c0 + 1;
                double centre = u[centreRow + c0];
                double edges = u[above + c0] + u[below + c0] + u[centreRow + cm] + u[centreRow + cp];
                double corners = u[above + cm] + u[above + cp] + u[below + cm] + u[below + cp];
                c[i * cc + j] = 0.25 * centre + 0.125 * edges + 0.0625 * corners;
            }
        }
    }

    /** u = m u + P c, bilinear interpolation (P = 4 R^T); every fine point is written once. */
    private void scaleAndProlongAdd(double m, double[] c, double[] u) {
        int cr = rows / 2;
        int cc = columns / 2;
        for (int i = 0; i < cr; i++) {
            int row = i * cc;
            int next = (i + 1 == cr ? 0 : i + 1) * cc;
            int top = 2 * i * columns;
            int bottom = top + columns;
            for (int j = 0; j < cc; j++) {
                int jn = j + 1 == cc ? 0 : j + 1;
                double a = c[row + j];
                double b = c[row + jn];
                double d = c[next + j];
                double e = c[next + jn];
                int c0 = 2 * j;
                u[top + c0] = m * u[top + c0] + a;
                u[top + c0 + 1] = m * u[top + c0 + 1] + 0.5 * (a + b);
                u[bottom + c0] = m * u[bottom + c0] + 0.5 * (a + d);
                u[bottom + c0 + 1] = m * u[bottom + c0 + 1] + 0.25 * (a + b + d + e);
            }
        }
    }
}
