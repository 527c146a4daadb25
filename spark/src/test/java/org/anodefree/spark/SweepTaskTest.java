package org.anodefree.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTaskTest {
    private static RunSpec spec(int grid, double timeout) {
        return new RunSpec(0, new LinkedHashMap<>(), "half",
                "Repeat 3 times:\n    Plate at 1 mA/cm2 until 1 mAh/cm2\n    Strip at 1 mA/cm2 until 1 mAh/cm2 or 1 V",
                new ArrayList<>(List.of()), null, null, grid, "10um", 1, 1, timeout);
    }

    @Test
    void aRunPastItsTimeLimitIsARowWithTheErrorNotAnException() {
        RunOutcome o = SweepTask.run(spec(32, 0.001));
        assertThat(o.error()).startsWith("timeout");
        assertThat(o.shorted()).isFalse();
        assertThat(o.cycles()).isEmpty();
    }

    @Test
    void aRunThatCannotStartIsARowWithTheError() {
        RunOutcome o = SweepTask.run(spec(1, 0));
        assertThat(o.error()).contains("grid");
        assertThat(o.key()).isEqualTo(spec(1, 0).key());
    }

    @Test
    void aFinishedRunHasItsCyclesAndTheKeyHashesOnlyTheInputs() {
        RunOutcome o = SweepTask.run(spec(8, 0));
        assertThat(o.error()).isNull();
        assertThat(o.cyclesRun()).isEqualTo(o.cycles().size()).isPositive();
        assertThat(o.firstCycleCoulombicEfficiency()).isEqualTo(o.cycles().get(0).coulombicEfficiency());
        RunSpec relabelled = new RunSpec(5, new LinkedHashMap<>(java.util.Map.of("a", "b")), "half", spec(8, 0).protocol(),
                new ArrayList<>(), null, null, 8, "10um", 1, 1, 0);
        assertThat(relabelled.key()).isEqualTo(spec(8, 0).key());
        assertThat(spec(8, 0).key()).isNotEqualTo(spec(9, 0).key());
    }
}
