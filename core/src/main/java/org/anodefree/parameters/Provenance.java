package org.anodefree.parameters;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodefree.InputException;

/**
 * Where a parameter value comes from, exactly one of: a {@code source} (a citation: the paper, a datasheet,
 * literature with DOI, or a definition), {@code fitted} (by a committed calibration spec, on named rows and
 * seeds, with its report), {@code assumed} (a modelling choice, with one line of reason and the range
 * tried), or set by the user on the command line.
 *
 * <p>A {@code fitted} text has a fixed form so that a test can check it against the committed spec:
 * {@code <spec file> on <row>, <row>, ...; fit seeds <seeds>; report <file>}. An {@code assumed} text must
 * say the range tried: {@code <reason>; range tried <what>}.
 *
 * @param kind which of the four
 * @param text the citation, the fit, the assumption or the override, in words
 */
public record Provenance(Kind kind, String text) {
    private static final Pattern FITTED = Pattern.compile(
            "(?<spec>\\S+\\.yaml) on (?<rows>[A-Za-z0-9]+(?:, [A-Za-z0-9]+)*); fit seeds (?<seeds>[0-9,\\-]+); report (?<report>\\S+)");
    private static final Pattern ASSUMED = Pattern.compile(".+; range tried .+");

    /** The four kinds. */
    public enum Kind {
        SOURCE, FITTED, ASSUMED, USER;

        /** The field name in the parameter file. */
        public String field() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Provenance {
        if (kind == null || text == null || text.isBlank()) {
            throw new InputException("a parameter needs one of source:, fitted: or assumed:, with text");
        }
        text = text.strip();
        if (kind == Kind.FITTED && !FITTED.matcher(text).matches()) {
            throw new InputException("fitted: '" + text + "': write '<spec>.yaml on <row>, <row>; fit seeds <seeds>;"
                    + " report <file>', e.g. 'calibration/spec.yaml on F1b, F1d; fit seeds 1-16; report docs/calibration.md'");
        }
        if (kind == Kind.ASSUMED && !ASSUMED.matcher(text).matches()) {
            throw new InputException("assumed: '" + text + "': give the reason and '; range tried ...' (what values were"
                    + " tried, or the sensitivity that was measured)");
        }
    }

    /** The parts of a {@code fitted} text. */
    public record Fit(String spec, List<String> rows, String seeds, String report) {
    }

    /** The fit a {@code fitted} provenance names (null for other kinds). */
    public Fit fit() {
        if (kind != Kind.FITTED) {
            return null;
        }
        Matcher m = FITTED.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException(text);
        }
        return new Fit(m.group("spec"), List.of(m.group("rows").split(", ")), m.group("seeds"), m.group("report"));
    }

    @Override
    public String toString() {
        return kind.field() + ": " + text;
    }
}
