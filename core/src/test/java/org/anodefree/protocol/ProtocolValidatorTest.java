package org.anodefree.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anodefree.InputException;
import org.anodefree.cell.CellType;
import org.junit.jupiter.api.Test;

class ProtocolValidatorTest {

    private static java.util.List<String> problems(String text, CellType cell) {
        return ProtocolValidator.problems(Protocol.parse(text, "v"), cell);
    }

    @Test
    void acceptsThePapersProtocols() {
        String halfCycling = "Repeat 20 times:\n    Plate at 0.5 mA/cm2 until 3 mAh/cm2 or -1 V\n"
                + "    Strip at 0.5 mA/cm2 until 1 V\n";
        String fullCycling = "Repeat 20 times:\n    Charge at 0.5 mA/cm2 until 4.3 V\n    Hold at 4.3 V until 0.05 mA/cm2\n"
                + "    Discharge at 0.5 mA/cm2 until 2.5 V\n";
        assertThat(problems(halfCycling, CellType.HALF)).isEmpty();
        assertThat(problems(fullCycling, CellType.FULL)).isEmpty();
        assertThat(problems(fullCycling, CellType.LI_EXCESS)).isEmpty();
    }

    @Test
    void rejectsStepsOfTheOtherCellKind() {
        assertThat(problems("Charge at 1 mA/cm2 until 4.3 V\n", CellType.HALF))
                .singleElement().asString().contains("Charge/Discharge need a cathode");
        assertThat(problems("Plate at 1 mA/cm2 until 1 mAh/cm2\n", CellType.FULL))
                .singleElement().asString().contains("Plate/Strip are half-cell steps");
        assertThat(problems("Plate at 1 mA/cm2 until 1 mAh/cm2\nHold at 0.1 V until 0.01 mA/cm2\n", CellType.HALF))
                .singleElement().asString().startsWith("'Hold at 0.1 V until 0.01 mA/cm2': a voltage hold");
    }

    @Test
    void rejectsVoltageCutoffsOnTheWrongSide() {
        assertThat(problems("Plate at 1 mA/cm2 until 1 V\n", CellType.HALF))
                .singleElement().asString().contains("a half cell plates below 0 V");
        assertThat(problems("Plate at 1 mA/cm2 until 1 h\nStrip at 1 mA/cm2 until -10 mV\n", CellType.HALF))
                .singleElement().asString().contains("a half cell strips above 0 V");
        assertThat(problems("Charge at 1 mA/cm2 until 6 V\n", CellType.FULL))
                .singleElement().asString().contains("outside the 0 to 5.0 V window");
    }

    @Test
    void rejectsAFirstStepThatStrips() {
        assertThat(problems("Strip at 1 mA/cm2 until 1 V\n", CellType.HALF))
                .singleElement().asString().contains("the Cu side has no Li yet");
        assertThat(problems("Rest for 1 h\nDischarge at 1 mA/cm2 until 2.5 V\n", CellType.LI_EXCESS))
                .singleElement().asString().contains("start with Charge");
    }

    @Test
    void requireValidListsEveryProblem() {
        Protocol p = Protocol.parse("Strip at 1 mA/cm2 until -1 V\nCharge at 1 mA/cm2 until 4 V\n", "x");
        assertThatThrownBy(() -> ProtocolValidator.requireValid(p, CellType.HALF, "x.txt"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("x.txt: the protocol cannot run on a half cell:")
                .hasMessageContaining("no Li yet").hasMessageContaining("strips above 0 V")
                .hasMessageContaining("need a cathode");
    }

    @Test
    void recordsRejectImpossibleValuesEvenWithoutTheParser() {
        assertThatThrownBy(() -> new Repeat(0, java.util.List.of(new Step.Rest(1))))
                .isInstanceOf(InputException.class).hasMessageContaining("at least 1, got 0");
        assertThatThrownBy(() -> new Step.ConstantCurrent(Step.Mode.PLATE, 0.0, java.util.List.of(new Limit.Time(1))))
                .isInstanceOf(InputException.class).hasMessageContaining("current density must be positive");
        assertThatThrownBy(() -> new Limit.Capacity(-1)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> new Step.Hold(4.2, java.util.List.of(new Limit.Capacity(1))))
                .hasMessageContaining("a capacity limit cannot end this step");
    }
}
