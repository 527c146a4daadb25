package org.anodefree.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anodefree.InputException;
import org.junit.jupiter.api.Test;

/** Repeat blocks nest at most {@link Repeat#MAX_NESTING} deep; deeper is one clear error, not a stack overflow. */
class ProtocolNestingTest {
    static final String STEP = "Plate at 1 mA/cm2 until 1 mAh/cm2";

    /** {@code depth} Repeat blocks, each inside the one before, around one step (one space of indent per level). */
    static String nested(int depth) {
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            b.append(" ".repeat(d)).append("Repeat 2 times:\n");
        }
        return b.append(" ".repeat(depth)).append(STEP).append('\n').toString();
    }

    @Test
    void fourThousandNestedRepeatsAreAnErrorNamingTheLine() {
        // Issue 16: this overflowed the stack.
        assertThatThrownBy(() -> Protocol.parse(nested(4000), "deep.txt")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("deep.txt:" + (Repeat.MAX_NESTING + 1) + ":")
                .hasMessageContaining("nest more than " + Repeat.MAX_NESTING + " deep");
    }

    @Test
    void theDeepestAllowedNestingParsesPrintsAndRuns() {
        Protocol p = Protocol.parse(nested(Repeat.MAX_NESTING), "ok");
        assertThat(Protocol.parse(p.toText(), "again")).isEqualTo(p);
        assertThat(p.stepCount()).isEqualTo(Long.MAX_VALUE); // 2^64 saturates
        assertThat(p.firstSteps(3)).hasSize(3);
        assertThat(ProtocolValidator.problems(p, org.anodefree.cell.CellType.parse("half", "cell"))).isEmpty();
        assertThatThrownBy(() -> Protocol.parse(nested(Repeat.MAX_NESTING + 1), "deep"))
                .hasMessageStartingWith("deep:" + (Repeat.MAX_NESTING + 1) + ":");
    }

    @Test
    void recordsBuiltInCodeAreBoundedToo() {
        ProtocolNode n = ProtocolParser.parseStep(STEP, "s", 1);
        for (int d = 0; d < Repeat.MAX_NESTING; d++) {
            n = new Repeat(1, List.of(n));
        }
        ProtocolNode deepest = n;
        assertThatThrownBy(() -> new Repeat(1, List.of(deepest))).isInstanceOf(InputException.class)
                .hasMessageContaining("nest more than");
    }
}
