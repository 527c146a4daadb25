package org.anodefree.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The shared tokenizer against the plain reference it replaced, {@code String.split(quote(d), -1)}. */
class FieldSpansTest {

    @Property(tries = 2000)
    void splitsLikeStringSplitWithEveryFieldKept(
            @ForAll @StringLength(max = 40) @Chars({',', ';', '\t', ' ', '"', '.'}) @CharRange(from = 'a', to = 'c')
            String line, @ForAll("delimiters") char delimiter) {
        String[] reference = line.split(Pattern.quote(String.valueOf(delimiter)), -1);
        assertArrayEquals(reference, FieldSpans.fields(line, delimiter));
        FieldSpans spans = new FieldSpans(4);
        spans.split(line, delimiter);
        assertEquals(reference.length, spans.count(), "every field is counted, recorded or not");
        for (int k = 0; k < reference.length + 2; k++) {
            String expected = k < Math.min(4, reference.length) ? reference[k] : "";
            assertEquals(expected, spans.text(k), "field " + k);
            if (spans.has(k)) {
                assertEquals(expected, line.substring(spans.start(k), spans.end(k)));
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Character> delimiters() {
        return net.jqwik.api.Arbitraries.of(',', ';', '\t');
    }

    @Test
    void emptyFieldsAndTheLineEndsAreFields() {
        assertArrayEquals(new String[] {""}, FieldSpans.fields("", ','));
        assertArrayEquals(new String[] {"", "a", "", ""}, FieldSpans.fields(",a,,", ','));
        assertArrayEquals(new String[] {"\"a", "b\""}, FieldSpans.fields("\"a,b\"", ','), "no quoting");
        FieldSpans spans = new FieldSpans(2);
        spans.split("1,2,3", ',');
        assertEquals(3, spans.count());
        assertFalse(spans.has(2), "beyond the capacity a field is counted but not recorded");
        spans.split("x", ',');
        assertEquals("x", spans.line());
        assertEquals(1, spans.count(), "a new line replaces the last one's fields");
    }
}
