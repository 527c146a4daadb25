package org.anodefree.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StepLimitsTest {
    private static Step step(String line) {
        return ProtocolParser.parseStep(line, "t", 1);
    }

    @Test
    void capacityAndTimeLimitsEndTheStepWhenPassed() {
        Step s = step("Plate at 0.5 mA/cm2 until 3 mAh/cm2 or 10 h");
        assertThat(StepLimits.reached(s, new StepProgress(100, 107_999, -0.05, 5))).isNull();
        assertThat(StepLimits.reached(s, new StepProgress(100, 108_000, -0.05, 5))).isEqualTo(new Limit.Capacity(108_000));
        assertThat(StepLimits.reached(s, new StepProgress(36_000, 0, -0.05, 5))).isEqualTo(new Limit.Time(36_000));
        // 3 mAh/cm2 at 0.5 mA/cm2 takes 6 h, before the 10 h limit.
        assertThat(StepLimits.plannedDurationSeconds(s).getAsDouble()).isCloseTo(6 * 3600, within(1e-9));
    }

    @Test
    void voltageLimitsAreCrossingsInTheStepsDirection() {
        Step strip = step("Strip at 0.5 mA/cm2 until 1 V");
        assertThat(StepLimits.reached(strip, new StepProgress(1, 1, 0.05, 5))).isNull();
        assertThat(StepLimits.reached(strip, new StepProgress(1, 1, 1.0, 5))).isEqualTo(new Limit.Voltage(1.0));
        Step plate = step("Plate at 1 mA/cm2 until 5 mAh/cm2 or -1 V");
        assertThat(StepLimits.reached(plate, new StepProgress(1, 1, -0.05, 10))).isNull();
        assertThat(StepLimits.reached(plate, new StepProgress(1, 1, -1.2, 10))).isEqualTo(new Limit.Voltage(-1.0));
        Step discharge = step("Discharge at 0.5 mA/cm2 until 2.5 V");
        assertThat(StepLimits.reached(discharge, new StepProgress(1, 1, 3.7, 5))).isNull();
        assertThat(StepLimits.reached(discharge, new StepProgress(1, 1, 2.4, 5))).isEqualTo(new Limit.Voltage(2.5));
        assertThat(StepLimits.plannedDurationSeconds(discharge)).isEmpty();
    }

    @Test
    void holdsEndWhenTheCurrentDecaysAndRestsAfterTheirTime() {
        Step hold = step("Hold at 4.3 V until 0.05 mA/cm2 or 2 h");
        assertThat(StepLimits.reached(hold, new StepProgress(60, 0, 4.3, 1.0))).isNull();
        assertThat(StepLimits.reached(hold, new StepProgress(60, 0, 4.3, 0.5))).isEqualTo(new Limit.Current(0.5));
        assertThat(StepLimits.plannedDurationSeconds(hold).getAsDouble()).isEqualTo(7200.0);
        Step rest = step("Rest for 10 min");
        assertThat(StepLimits.reached(rest, new StepProgress(599, 0, 0, 0))).isNull();
        assertThat(StepLimits.reached(rest, new StepProgress(600, 0, 0, 0))).isEqualTo(new Limit.Time(600));
    }

    @Test
    void theFirstWrittenLimitWinsWhenSeveralAreReached() {
        Step s = step("Strip at 1 mA/cm2 until 1 V or 1 mAh/cm2");
        assertThat(StepLimits.reached(s, new StepProgress(3600, 36_000, 1.5, 10))).isEqualTo(new Limit.Voltage(1.0));
    }
}
