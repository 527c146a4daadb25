package org.anodefree.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.anodefree.ModelException;
import org.junit.jupiter.api.Test;

/** The bracketed Illinois root finder on functions with known roots. */
class IncreasingRootTest {

    @Test
    void findsTheRootOfAnExponentialBranchFromFarAwayOnEitherSide() {
        // sinh grows like Butler-Volmer kinetics; root at x = 2
        for (double x0 : new double[] {-40, 0, 1.9, 2.1, 35}) {
            double f0 = Math.sinh(x0 - 2);
            IncreasingRoot.Result r = IncreasingRoot.find(x -> Math.sinh(x - 2), x0, f0, 1, 1e-12, 1e-15, "sinh");
            assertThat(r.root()).isCloseTo(2, within(1e-11));
            assertThat(r.evaluations()).isLessThan(IncreasingRoot.MAX_EVALUATIONS);
        }
    }

    @Test
    void aLinearFunctionNeedsOneStepToBracketAndOneToSolveAndGivesItsSlope() {
        IncreasingRoot.Result r = IncreasingRoot.find(x -> 3 * x - 1.5, 0, -1.5, 1, 1e-12, 1e-15, "line");
        assertThat(r.root()).isCloseTo(0.5, within(1e-12));
        assertThat(r.evaluations()).isEqualTo(2);
        assertThat(r.slope()).isCloseTo(3, within(1e-12));
    }

    @Test
    void aFunctionWithoutARootIsAModelError() {
        assertThatThrownBy(() -> IncreasingRoot.find(x -> 2 + Math.atan(x), 0, 2, 1, 1e-12, 1e-15, "never zero"))
                .isInstanceOf(ModelException.class).hasMessageContaining("never zero");
    }
}
