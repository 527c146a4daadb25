package org.anodefree.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.anodefree.InputException;

/** Any text either parses or fails with an InputException that names the source and a line: never another exception. */
class ProtocolParserFuzzPropertiesTest {

    @Property(tries = 1000)
    void everyTextParsesOrFailsCleanly(@ForAll("texts") String text) {
        try {
            Protocol p = Protocol.parse(text, "fuzz");
            assertThat(Protocol.parse(p.toText(), "again")).isEqualTo(p);
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith("fuzz:");
        }
    }

    /** Lines assembled from the language's own words, numbers, units and indentation, so many get deep into the parser. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of("Plate", "Strip", "Charge", "Discharge", "Rest", "Hold", "Repeat",
                "at", "until", "or", "for", "times:", "time:", ":", "times", "0.5", "3", "-1", "0", "1e3", "2.5.1",
                "mA/cm2", "mAh/cm2", "V", "mV", "min", "h", "s", "0.5mA/cm2", "#", "# note", "kg", "", "\t");
        Arbitrary<String> line = Arbitraries.of("", "  ", "    ", "        ", " ")
                .flatMap(indent -> word.list().ofMaxSize(9).map(ws -> indent + String.join(" ", ws)));
        return line.list().ofMinSize(0).ofMaxSize(8).map(ls -> String.join("\n", ls));
    }

    @Property(tries = 300)
    void singleStepParsingNeverThrowsAnythingElse(@ForAll("texts") String text) {
        for (String l : List.of(text.split("\n", -1))) {
            try {
                ProtocolParser.parseStep(l, "fuzz", 1);
            } catch (InputException e) {
                assertThat(e.getMessage()).startsWith("fuzz");
            }
        }
    }
}
