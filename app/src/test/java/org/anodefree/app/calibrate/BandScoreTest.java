package org.anodefree.app.calibrate;

import org.anodefree.experiment.Band;
import org.anodefree.experiment.Check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.anodefree.io.config.Experiment;
import org.junit.jupiter.api.Test;

class BandScoreTest {
    private static final double PULL = 0.01;

    private static Check check(Double min, Double max, double reported) {
        return Check.prediction("c", "q", Map.of(), reported, new Band(null, null, min, max));
    }

    @Test
    void aTwoSidedBandScoresDistanceOutsideInBandWidthsAndPullsToItsCentre() {
        Check c = check(3.0, 13.0, 6.5);
        assertThat(BandScore.residual(c, 8, PULL)).isZero();
        assertThat(BandScore.residual(c, 3, PULL)).isCloseTo(PULL, within(1e-15));
        assertThat(BandScore.residual(c, 10.5, PULL)).isCloseTo(0.5 * PULL, within(1e-15));
        assertThat(BandScore.residual(c, 18, PULL)).isCloseTo(0.5 + PULL, within(1e-12));
        assertThat(BandScore.residual(c, 0, PULL)).isCloseTo(0.3 + PULL, within(1e-12));
    }

    @Test
    void aRelativeBandIsTwoSidedAroundTheReportedValue() {
        Check c = Check.prediction("c", "q", Map.of(), -50, new Band(0.2, null, null, null));
        assertThat(BandScore.residual(c, -50, PULL)).isZero();
        assertThat(BandScore.residual(c, -80, PULL)).isCloseTo(1.0 + PULL, within(1e-12));
    }

    @Test
    void aOneSidedBandUsesItsBoundAsScaleAndRewardsAMarginOfOneScale() {
        Check min = check(25.0, null, 25);
        assertThat(BandScore.residual(min, 20, PULL)).isCloseTo(0.2 + PULL, within(1e-12));
        assertThat(BandScore.residual(min, 25, PULL)).isCloseTo(PULL, within(1e-15));
        assertThat(BandScore.residual(min, 37.5, PULL)).isCloseTo(0.5 * PULL, within(1e-15));
        assertThat(BandScore.residual(min, 60, PULL)).isZero();
        Check max = check(null, 0.9999999, 1);
        assertThat(BandScore.residual(max, 1.5, PULL)).isCloseTo(0.5000001 / 0.9999999 + PULL, within(1e-9));
        assertThat(BandScore.residual(max, 0, PULL)).isZero();
    }

    @Test
    void aZeroBoundFallsBackToTheReportedValueOrOneAsScale() {
        Check shorted = check(null, 0.0, 0);
        assertThat(BandScore.residual(shorted, 0.25, PULL)).isCloseTo(0.25 + PULL, within(1e-12));
        assertThat(BandScore.residual(shorted, 0, PULL)).isCloseTo(PULL, within(1e-15));
        assertThat(BandScore.residual(check(0.0, null, 2), -1, 0)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void unmeasuredAndAbsurdValuesScoreTheCap() {
        Check c = check(3.0, 13.0, 6.5);
        assertThat(BandScore.residual(c, Double.NaN, PULL)).isEqualTo(BandScore.UNMEASURED);
        assertThat(BandScore.residual(c, Double.POSITIVE_INFINITY, PULL)).isEqualTo(BandScore.UNMEASURED);
        assertThat(BandScore.residual(check(1.0, null, 1), Double.POSITIVE_INFINITY, PULL)).isZero();
    }

    @Property
    void theScoreIsNonNegativeAndGrowsWithDistanceOutside(@ForAll @DoubleRange(min = -100, max = 100) double lo,
            @ForAll @DoubleRange(min = 0.01, max = 50) double width, @ForAll @DoubleRange(min = 0, max = 20) double d) {
        double hi = lo + width;
        double below = BandScore.residual(lo, hi, lo, lo - d, PULL);
        double further = BandScore.residual(lo, hi, lo, lo - d - 1, PULL);
        assertThat(below).isGreaterThanOrEqualTo(PULL - 1e-12);
        assertThat(further).isGreaterThanOrEqualTo(below);
        assertThat(BandScore.residual(lo, hi, lo, hi + d, PULL)).isGreaterThanOrEqualTo(PULL - 1e-12);
        double inside = BandScore.residual(lo, hi, lo, lo + Math.min(d, width), PULL);
        assertThat(inside).isBetween(0.0, PULL + 1e-12);
    }
}
