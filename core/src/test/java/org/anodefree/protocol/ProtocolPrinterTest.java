package org.anodefree.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolPrinterTest {

    @Test
    void printsTheIssueExampleInTheUnitsUsersWrite() {
        Protocol p = Protocol.parse(ProtocolParserTest.ISSUE_EXAMPLE, "example");
        assertThat(p.toText()).isEqualTo("""
                Plate at 0.5 mA/cm2 until 3 mAh/cm2
                Repeat 100 times:
                    Strip at 0.5 mA/cm2 until 1.5 mAh/cm2 or 1 V
                    Plate at 0.5 mA/cm2 until 1.5 mAh/cm2
                Rest for 10 min
                Charge at 0.5 mA/cm2 until 4.3 V
                Discharge at 0.5 mA/cm2 until 2.5 V
                Hold at 4.3 V until 0.05 mA/cm2
                """);
    }

    @Test
    void fallsBackToSiWhenNoDisplayUnitIsExact() {
        double awkward = Math.nextUp(5.0); // one ulp above 0.5 mA/cm2: whichever unit is exact is chosen
        Step s = new Step.ConstantCurrent(Step.Mode.PLATE, awkward, List.of(new Limit.Time(90)));
        String text = ProtocolPrinter.print(s);
        assertThat(ProtocolParser.parseStep(text, "t", 1)).isEqualTo(s);
        assertThat(text).endsWith("until 1.5 min");
    }
}
