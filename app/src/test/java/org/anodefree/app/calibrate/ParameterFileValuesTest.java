package org.anodefree.app.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.anodefree.InputException;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterFileValuesTest {
    private static String defaults() throws IOException {
        try (InputStream in = ModelParameters.class.getResourceAsStream(ModelParameters.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<Parameter, Double> fitted() {
        Map<Parameter, Double> v = new LinkedHashMap<>();
        v.put(Parameter.FILAMENT_CRITICAL_SCALE, 12.345678901234);
        v.put(Parameter.NUCLEATION_OVERPOTENTIAL, 0.0375);
        v.put(Parameter.DEPOSIT_CREEP_DIFFUSIVITY, 1.5e-13);
        v.put(Parameter.HETEROGENEITY_LOG_STD_DEV, 2.5e-4);
        return v;
    }

    @Test
    void rewritingTheDefaultsChangesOnlyTheFittedValueLinesAndReadsBackExactly() throws IOException {
        String before = defaults();
        String after = ParameterFileValues.rewrite(before, fitted(), "default.yaml");
        ModelParameters old = ModelParameters.read(before, "before");
        ModelParameters now = ModelParameters.read(after, "after");
        for (Parameter p : Parameter.values()) {
            double expected = fitted().containsKey(p) ? fitted().get(p) : old.value(p);
            assertThat(now.value(p)).as(p.key()).isEqualTo(expected);
            assertThat(now.entry(p).provenance()).isEqualTo(old.entry(p).provenance());
        }
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        assertThat(b).hasSameSizeAs(a);
        int changed = 0;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                changed++;
                assertThat(a[i]).startsWith("  value: ");
                assertThat(b[i]).startsWith("  value: ");
            }
        }
        assertThat(changed).isEqualTo(fitted().size());
        assertThat(after).contains("  value: 0.0375\n", "  value: 1.5e-13\n", "  value: 2.5e-4\n");
        assertThat(ParameterFileValues.rewrite(after, Map.of(), "x")).isEqualTo(after);
    }

    @Test
    void commentsAndCrLfLineEndsSurviveAndAFileIsRewrittenInPlace(@TempDir Path dir) throws IOException {
        String text = "# head\r\nnucleation.overpotentialVolts:\r\n  value: 0.05   # start\r\n"
                + "  assumed: \"x; range tried y\"\r\n";
        String all = defaults().replaceFirst("(?s)nucleation\\.overpotentialVolts:\\n  value: 0\\.02\\n"
                + "  assumed: [^\\n]*\\n", ""); // the whole block
        String out = ParameterFileValues.rewrite(text + all, Map.of(Parameter.NUCLEATION_OVERPOTENTIAL, 0.03), "x");
        assertThat(out).startsWith("# head\r\nnucleation.overpotentialVolts:\r\n  value: 0.03   # start\r\n"
                + "  assumed: \"x; range tried y\"\r\n");
        Path f = dir.resolve("default.yaml");
        Files.writeString(f, defaults());
        ParameterFileValues.rewrite(f, Map.of(Parameter.LI_EXCHANGE_CURRENT_DENSITY, 80.0));
        assertThat(ModelParameters.read(Files.readString(f), "f").value(Parameter.LI_EXCHANGE_CURRENT_DENSITY)).isEqualTo(80.0);
    }

    @Test
    void aKeyWithoutAValueLineOrAnOutOfRangeValueIsAnError() {
        assertThatThrownBy(() -> ParameterFileValues.rewrite("# nothing\n", Map.of(Parameter.NUCLEATION_OVERPOTENTIAL, 0.1), "x"))
                .isInstanceOf(InputException.class).hasMessageContaining("nucleation.overpotentialVolts");
        assertThatThrownBy(() -> ParameterFileValues.rewrite(defaults(), Map.of(Parameter.NUCLEATION_OVERPOTENTIAL, 5.0), "x"))
                .isInstanceOf(InputException.class).hasMessageContaining("outside the sensible range");
    }

    @Property
    void aFormattedValueReadsBackExactly(@ForAll @DoubleRange(min = -30, max = 30) double exponent,
            @ForAll @DoubleRange(min = 1, max = 10) double mantissa) {
        double v = mantissa * Math.pow(10, Math.rint(exponent));
        String s = ParameterFileValues.format(v);
        assertThat(Double.parseDouble(s)).isEqualTo(v);
        assertThat(s).doesNotContain("E").doesNotContain("+");
    }
}
