package org.anodefree.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepSequenceTest {

    @Test
    void numbersStepsAndCyclesOfTheIssueExample() {
        Protocol p = Protocol.parse(ProtocolParserTest.ISSUE_EXAMPLE, "example");
        List<ScheduledStep> all = p.firstSteps(Integer.MAX_VALUE);
        assertThat(all).hasSize((int) p.stepCount());
        // Plate 3 + Strip 1.5 is cycle 1; each later Plate opens the next cycle.
        assertThat(all.get(0).cycle()).isEqualTo(1);
        assertThat(all.get(1).cycle()).isEqualTo(1);
        assertThat(all.get(2).cycle()).isEqualTo(2);
        assertThat(all.get(3).cycle()).isEqualTo(2);
        assertThat(all.get(200).cycle()).isEqualTo(101);  // the last Plate of the repeat
        assertThat(all.get(201).step()).isInstanceOf(Step.Rest.class);
        assertThat(all.get(201).cycle()).isEqualTo(101);
        assertThat(all.get(202).cycle()).isEqualTo(101); // Charge after Plate without a strip: same cycle
        assertThat(all.get(203).cycle()).isEqualTo(101); // Discharge
        assertThat(all.get(204).cycle()).isEqualTo(101); // Hold does not open a cycle
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).stepNumber()).isEqualTo(i + 1);
        }
    }

    @Test
    void expandsLazilySoHugeProtocolsCostNothingUntilRun() {
        Protocol p = Protocol.parse("""
                Repeat 1000000 times:
                    Repeat 1000000 times:
                        Plate at 1 mA/cm2 until 1 s
                        Strip at 1 mA/cm2 until 1 s
                """, "huge");
        assertThat(p.stepCount()).isEqualTo(2_000_000_000_000L);
        Iterator<ScheduledStep> it = p.steps().iterator();
        ScheduledStep s = null;
        for (int i = 0; i < 10; i++) {
            s = it.next();
        }
        assertThat(s.stepNumber()).isEqualTo(10);
        assertThat(s.cycle()).isEqualTo(5);
        assertThat(it.hasNext()).isTrue();
    }

    @Test
    void restsBeforeAnyPlatingBelongToCycleOne() {
        Protocol p = Protocol.parse("Rest for 1 h\nPlate at 1 mA/cm2 until 1 h\nStrip at 1 mA/cm2 until 1 V\n"
                + "Plate at 1 mA/cm2 until 1 h\n", "r");
        assertThat(p.firstSteps(10)).extracting(ScheduledStep::cycle).containsExactly(1L, 1L, 1L, 2L);
    }

    @Test
    void eachIterationStartsAfresh() {
        Protocol p = Protocol.parse("Repeat 3 times:\n  Plate at 1 mA/cm2 until 1 h\n  Strip at 1 mA/cm2 until 1 V\n", "r");
        assertThat(p.firstSteps(100)).hasSize(6);
        assertThat(p.firstSteps(100)).hasSize(6);
        assertThat(p.firstSteps(100).get(5).cycle()).isEqualTo(3);
    }
}
