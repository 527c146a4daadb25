package org.anodefree.app.calibrate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodefree.InputException;
import org.anodefree.io.AtomicFiles;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;

/**
 * Rewrites the {@code value:} of some keys in a parameter file (the format of {@code default.yaml})
 * as a text edit: every other byte (comments, sources, {@code calibrated:} lists, line endings) stays
 * as it was, so the file's history shows only the changed numbers. The result is re-read with the
 * core reader before it is returned or written, so a rewrite can never leave an unreadable file.
 */
public final class ParameterFileValues {
    /** A field line {@code   value: <token>[ rest]}; group 1 keeps the indent and "value:" with its spacing. */
    private static final Pattern VALUE = Pattern.compile("^( +value:[ ]*)([^ #\"]+)(.*)$", Pattern.DOTALL);

    private ParameterFileValues() {
    }

    /** The text with each key's value replaced; every key must be present once with a value line. */
    public static String rewrite(String text, Map<Parameter, Double> values, String source) {
        Map<String, Double> todo = new LinkedHashMap<>();
        values.forEach((p, v) -> todo.put(p.key(), p.check(v, source + ": " + p.key())));
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher lines = Pattern.compile("[^\r\n]*(\r\n|\r|\n|$)").matcher(text);
        String key = null;
        int pos = 0;
        while (pos < text.length() && lines.find(pos)) {
            String line = lines.group();
            pos = lines.end();
            String body = line.substring(0, line.length() - lines.group(1).length());
            if (!body.isEmpty() && body.charAt(0) != ' ' && body.charAt(0) != '#') {
                int colon = body.indexOf(':');
                key = colon > 0 ? body.substring(0, colon).strip() : null;
            } else if (key != null && todo.containsKey(key)) {
                Matcher m = VALUE.matcher(body);
                if (m.matches()) {
                    line = m.group(1) + format(todo.remove(key)) + m.group(3) + lines.group(1);
                }
            }
            out.append(line);
        }
        if (!todo.isEmpty()) {
            throw new InputException(source + ": no 'value:' line found for " + String.join(", ", todo.keySet()));
        }
        String result = out.toString();
        ModelParameters check = ModelParameters.read(result, source);
        values.forEach((p, v) -> {
            if (check.value(p) != v) {
                throw new IllegalStateException(source + ": " + p.key() + " reads back as " + check.value(p) + ", not " + v);
            }
        });
        return result;
    }

    /** Rewrites the file in place, atomically. */
    public static void rewrite(Path file, Map<Parameter, Double> values) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        AtomicFiles.writeString(file, rewrite(text, values, file.toString()));
    }

    /**
     * The shortest decimal that reads back as exactly {@code v}: plain between 1e-3 and 1e7 (with a
     * ".0" on whole numbers, as the file writes them), else mantissa and exponent, e.g. {@code 2.5e-4}.
     */
    static String format(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        double a = Math.abs(v);
        if (v == 0 || a >= 1e-3 && a < 1e7) {
            String s = d.toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        int exponent = d.precision() - d.scale() - 1;
        BigDecimal mantissa = d.movePointLeft(exponent);
        String m = mantissa.toPlainString();
        return (m.contains(".") ? m : m + ".0") + "e" + exponent;
    }
}
