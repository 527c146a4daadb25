package org.anodefree.io.cycler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FieldParsersTest {

    /** The in-place parser is the reference parser, bit for bit, in every shape cyclers write. */
    @Property(tries = 3000)
    void inPlaceParsingEqualsDoubleParseDouble(@ForAll double x, @ForAll @IntRange(min = 0, max = 16) int digits) {
        String[] forms = {Double.toString(x), String.format(Locale.ROOT, "%." + digits + "E", x),
            String.format(Locale.ROOT, "%." + digits + "f", x), String.format(Locale.ROOT, "%." + digits + "g", x)};
        for (String form : forms) {
            String field = " " + form + "\t";
            double expected = FieldParsers.number(form, false);
            double actual = FieldParsers.number(field, 1, field.length() - 1, false);
            assertThat(Double.doubleToLongBits(actual)).as(form).isEqualTo(Double.doubleToLongBits(expected));
            String comma = form.replace('.', ',');
            double withComma = FieldParsers.number(comma, 0, comma.length(), true);
            assertThat(Double.doubleToLongBits(withComma)).as(comma).isEqualTo(Double.doubleToLongBits(expected));
        }
    }

    @Test
    void shapesThatAreNotNumbers() {
        for (String s : new String[] {"", " ", "-", "+", ".", "e5", "1e", "1e+", "NaN", "Infinity", "CC Chg", "1,5",
            "1.2.3", "0x10", "1d", "--1", "1 2"}) {
            assertThat(FieldParsers.number(s, 0, s.length(), false)).as("'%s'", s).isNaN();
        }
        assertThat(FieldParsers.number("2,065059947832196E+001", 0, 22, true)).isEqualTo(20.65059947832196);
        assertThat(FieldParsers.number("-0.0", 0, 4, false)).isEqualTo(-0.0);
        assertThat(FieldParsers.duration("  1d 02:03:04.5")).isEqualTo(86400 + 2 * 3600 + 3 * 60 + 4.5);
        assertThat(FieldParsers.duration("144:02:18")).isEqualTo(144 * 3600 + 2 * 60 + 18);
        assertThat(FieldParsers.duration("01:30.5")).isEqualTo(90.5);
        assertThat(FieldParsers.duration("1:2:3:4")).isNaN();
    }
}
