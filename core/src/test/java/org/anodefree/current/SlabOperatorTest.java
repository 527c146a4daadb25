package org.anodefree.current;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.anodefree.InputException;
import org.junit.jupiter.api.Test;

class SlabOperatorTest {
    private static final Electrolyte SLAB = new Electrolyte(0.18, 3e-5);

    /** The packed-layout kernel against a plain O(N^2) complex DFT with the same continuum kernel. */
    @Test
    void packedPowerOfTwoLayoutMatchesBruteForceDft() {
        matchesBruteForce(8, 4);
    }

    @Test
    void fullLayoutForOtherSizesMatchesBruteForceDft() {
        matchesBruteForce(6, 5);
    }

    private static void matchesBruteForce(int rows, int cols) {
        double h = 5e-6;
        double[] j = new double[rows * cols];
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < j.length; i++) {
            j[i] = rnd.nextDouble(-3, 10);
        }
        double[] fast = new double[j.length];
        new SlabOperator(rows, cols, h, SLAB).apply(j, fast);
        double[] slow = bruteForce(j, rows, cols, h);
        for (int i = 0; i < j.length; i++) {
            assertThat(fast[i]).isCloseTo(slow[i], org.assertj.core.data.Offset.offset(1e-12 * Math.abs(slow[i]) + 1e-18));
        }
    }

    @Test
    void shiftedInverseUndoesApplyPlusShift() {
        int rows = 16;
        int cols = 4;
        SlabOperator op = new SlabOperator(rows, cols, 1e-5, SLAB);
        double[] x = new double[rows * cols];
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextDouble();
        }
        double shift = 2e-4;
        double[] gx = new double[x.length];
        op.apply(x, gx);
        for (int i = 0; i < x.length; i++) {
            gx[i] += shift * x[i];
        }
        double[] back = new double[x.length];
        op.applyShiftedInverse(gx, shift, back);
        for (int i = 0; i < x.length; i++) {
            assertThat(back[i]).isCloseTo(x[i], org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void emptyGridIsRejected() {
        assertThatThrownBy(() -> new SlabOperator(0, 4, 1e-5, SLAB)).isInstanceOf(InputException.class)
                .hasMessageContaining("0 x 4");
    }

    private static double[] bruteForce(double[] j, int rows, int cols, double h) {
        int n = rows * cols;
        double[] out = new double[n];
        for (int ky = 0; ky < rows; ky++) {
            for (int kx = 0; kx < cols; kx++) {
                double re = 0;
                double im = 0;
                for (int y = 0; y < rows; y++) {
                    for (int x = 0; x < cols; x++) {
                        double a = -2 * Math.PI * ((double) ky * y / rows + (double) kx * x / cols);
                        re += j[y * cols + x] * Math.cos(a);
                        im += j[y * cols + x] * Math.sin(a);
                    }
                }
                int fy = ky <= rows / 2 ? ky : ky - rows;
                int fx = kx <= cols / 2 ? kx : kx - cols;
                double k = Math.hypot(2 * Math.PI * fx / (cols * h), 2 * Math.PI * fy / (rows * h));
                double g = SlabOperator.response(k, SLAB);
                re *= g;
                im *= g;
                for (int y = 0; y < rows; y++) {
                    for (int x = 0; x < cols; x++) {
                        double a = 2 * Math.PI * ((double) ky * y / rows + (double) kx * x / cols);
                        out[y * cols + x] += (re * Math.cos(a) - im * Math.sin(a)) / n;
                    }
                }
            }
        }
        return out;
    }
}
