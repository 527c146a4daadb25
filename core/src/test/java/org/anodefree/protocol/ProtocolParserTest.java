package org.anodefree.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anodefree.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocolParserTest {
    static final String ISSUE_EXAMPLE = """
            # the example of issue 4
            Plate at 0.5 mA/cm2 until 3 mAh/cm2
            Repeat 100 times:
                Strip at 0.5 mA/cm2 until 1.5 mAh/cm2 or 1 V   # keep half the Li
                Plate at 0.5 mA/cm2 until 1.5 mAh/cm2
            Rest for 10 min
            Charge at 0.5 mA/cm2 until 4.3 V
            Discharge at 0.5 mA/cm2 until 2.5 V
            Hold at 4.3 V until 0.05 mA/cm2
            """;

    @Test
    void readsTheIssueExampleIntoSiValues() {
        Protocol p = Protocol.parse(ISSUE_EXAMPLE, "example");
        assertThat(p.body()).hasSize(6);
        assertThat(p.body().get(0)).isEqualTo(new Step.ConstantCurrent(Step.Mode.PLATE, 5.0,
                List.of(new Limit.Capacity(3 * 36000.0))));
        Repeat r = (Repeat) p.body().get(1);
        assertThat(r.times()).isEqualTo(100);
        assertThat(r.body().get(0)).isEqualTo(new Step.ConstantCurrent(Step.Mode.STRIP, 5.0,
                List.of(new Limit.Capacity(1.5 * 36000.0), new Limit.Voltage(1.0))));
        assertThat(p.body().get(2)).isEqualTo(new Step.Rest(600.0));
        assertThat(p.body().get(5)).isEqualTo(new Step.Hold(4.3, List.of(new Limit.Current(0.5))));
        assertThat(p.stepCount()).isEqualTo(1 + 200 + 4);
    }

    @Test
    void acceptsJoinedUnitsMillivoltsHoursAndAnyCase() {
        Step s = ProtocolParser.parseStep("strip AT 1mA/cm2 UNTIL 500mV or 2 h or 0.25 mAh/cm2", "t", 1);
        assertThat(s).isEqualTo(new Step.ConstantCurrent(Step.Mode.STRIP, 10.0,
                List.of(new Limit.Voltage(0.5), new Limit.Time(7200.0), new Limit.Capacity(9000.0))));
    }

    @Test
    void nestsRepeatBlocksAndReturnsToOuterIndent() {
        Protocol p = Protocol.parse("""
                Repeat 2 times:
                  Repeat 3 times:
                      Plate at 1 mA/cm2 until 1 h
                      Strip at 1 mA/cm2 until 1 h
                  Rest for 5 s
                Rest for 1 s
                """, "nest");
        assertThat(p.body()).hasSize(2);
        Repeat outer = (Repeat) p.body().get(0);
        assertThat(outer.body()).hasSize(2);
        assertThat(((Repeat) outer.body().get(0)).body()).hasSize(2);
        assertThat(p.stepCount()).isEqualTo(2 * (3 * 2 + 1) + 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Plate at 0.5 until 3 mAh/cm2                       | t:1:14: expected a unit after 0.5 (a current density such as 0.5 mA/cm2), found 'until'
            Plate at 0.5 mAh/cm2 until 3 mAh/cm2               | t:1:14: expected a current density
            Plate 0.5 mA/cm2 until 3 mAh/cm2                   | t:1:7: expected 'at', found '0.5'
            Plate at 0.5 mA/cm2                                | t:1:20: expected 'until' but the line ends
            Plate at 0 mA/cm2 until 3 mAh/cm2                  | t:1:10: current density must be positive
            Plate at -1 mA/cm2 until 3 mAh/cm2                 | t:1:10: current density must be positive
            Plate at 1 mA/cm2 until -3 mAh/cm2                 | t:1:25: a areal capacity limit must be positive
            Plate at 1 mA/cm2 until 3 mAh/cm2 and 1 V          | t:1:35: expected 'or' and another limit
            Plate at 1 mA/cm2 until 3 mAh/cm2 or 4 mAh/cm2     | t:1:38: a second capacity limit
            Plate at 1 mA/cm2 until 3 kg                       | t:1:27: expected a unit after 3
            Plate at 1 mA/cm2 until 3 mA/cm2                   | t:1:27: expected a capacity
            Rest for 10                                        | t:1:12: expected a unit after 10
            Rest for 0 s                                       | t:1:10: a rest must last a positive time
            Hold at 4.3 V until 1 mAh/cm2                      | t:1:23: expected a current density (mA/cm2) or time
            Sprint at 1 mA/cm2 until 1 h                       | t:1:1: expected a step (Plate, Strip
            """)
    void namesLineColumnAndWhatWasExpected(String line, String expected) {
        assertThatThrownBy(() -> Protocol.parse(line, "t"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(expected);
    }

    @Test
    void reportsBadRepeatsAndIndentation() {
        assertThatThrownBy(() -> Protocol.parse("Repeat 0 times:\n    Rest for 1 s\n", "f"))
                .hasMessageStartingWith("f:1:8: a block must repeat at least once, got 0");
        assertThatThrownBy(() -> Protocol.parse("Repeat 2.5 times:\n    Rest for 1 s\n", "f"))
                .hasMessageStartingWith("f:1:8: expected a whole number of repeats");
        assertThatThrownBy(() -> Protocol.parse("Repeat 2 times\n    Rest for 1 s\n", "f"))
                .hasMessageStartingWith("f:1:15: expected ':' to end the Repeat line but the line ends");
        assertThatThrownBy(() -> Protocol.parse("Repeat 2 times:\nRest for 1 s\n", "f"))
                .hasMessageStartingWith("f:1: expected an indented step on the line after 'Repeat 2 times:'");
        assertThatThrownBy(() -> Protocol.parse("Rest for 1 s\n  Rest for 1 s\n", "f"))
                .hasMessageStartingWith("f:2:3: unexpected indentation");
        assertThatThrownBy(() -> Protocol.parse("Repeat 2 times:\n    Rest for 1 s\n  Rest for 1 s\n", "f"))
                .hasMessageStartingWith("f:3:3: unexpected indentation");
        assertThatThrownBy(() -> Protocol.parse("Repeat 2 times:\n\tRest for 1 s\n", "f"))
                .hasMessageStartingWith("f:2:1: a tab in the indentation");
        assertThatThrownBy(() -> Protocol.parse("# only a comment\n\n", "f"))
                .hasMessageContaining("the protocol has no steps");
    }

    @Test
    void repeatAcceptsSeparateColonAndSingularTime() {
        Protocol a = Protocol.parse("Repeat 1 time:\n  Rest for 1 s\n", "a");
        Protocol b = Protocol.parse("repeat 1 TIMES :\n  Rest for 1 s\n", "b");
        assertThat(a).isEqualTo(b);
    }
}
