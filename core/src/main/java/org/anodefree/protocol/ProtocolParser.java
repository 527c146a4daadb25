package org.anodefree.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodefree.InputException;
import org.anodefree.units.Quantity;

/**
 * Reads the plain-text protocol language: one step per line, {@code #} starts a comment, and
 * {@code Repeat N times:} opens a block of the lines indented (with spaces) below it. Blocks nest.
 *
 * <pre>
 * Plate at 0.5 mA/cm2 until 3 mAh/cm2
 * Repeat 100 times:
 *     Strip at 0.5 mA/cm2 until 1.5 mAh/cm2 or 1 V
 *     Plate at 0.5 mA/cm2 until 1.5 mAh/cm2
 * Rest for 10 min
 * Charge at 0.5 mA/cm2 until 4.3 V
 * Discharge at 0.5 mA/cm2 until 2.5 V or 20 h
 * Hold at 4.3 V until 0.05 mA/cm2
 * </pre>
 *
 * Keywords are case-insensitive; every number needs a unit. Errors name {@code source:line:column}
 * and say what was expected there.
 */
public final class ProtocolParser {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    /** A line with its comment removed, cut into whitespace-separated tokens. */
    private record Line(int number, int indent, List<Token> tokens) {
    }

    private record Token(String text, int column) {
    }

    private final String source;
    private final List<Line> lines;
    private int next;

    private ProtocolParser(String source, List<Line> lines) {
        this.source = source;
        this.lines = lines;
    }

    /** Parses a whole protocol; {@code source} names it in error messages (a file name, or "protocol"). */
    public static Protocol parse(String text, String source) {
        ProtocolParser p = new ProtocolParser(source, split(text, source));
        if (p.lines.isEmpty()) {
            throw InputException.at(source, 1, 0, "the protocol has no steps; expected a line such as "
                    + "'Plate at 0.5 mA/cm2 until 3 mAh/cm2'");
        }
        Line first = p.lines.get(0);
        if (first.indent() != 0) {
            throw InputException.at(source, first.number(), first.indent() + 1,
                    "unexpected indentation; the first step starts at column 1");
        }
        return new Protocol(p.block(0));
    }

    /** Parses one step written on one line (no Repeat), as used by the YAML/JSON form. */
    public static Step parseStep(String text, String source, int lineNumber) {
        List<Token> tokens = tokens(stripComment(text), lineNumber, source);
        if (tokens.isEmpty()) {
            throw InputException.at(source, lineNumber, 0, "expected a step, found an empty line");
        }
        ProtocolParser p = new ProtocolParser(source, List.of());
        return p.step(new Line(lineNumber, 0, tokens));
    }

    /**
     * Parses terminations joined by {@code or} ({@code 3 mAh/cm2 or 1 V}, {@code 10 min}, or for a
     * hold {@code 0.05 mA/cm2}), as used by the YAML/JSON form; {@code field} names it in errors.
     */
    public static List<Limit> parseLimits(String text, boolean forHold, String field) {
        List<Token> tokens = tokens(text == null ? "" : text, 1, field);
        if (tokens.isEmpty()) {
            throw new InputException(field + ": expected a limit such as 3 mAh/cm2, 1 V or 10 min, found nothing");
        }
        ProtocolParser p = new ProtocolParser(field, List.of());
        Cursor c = p.new Cursor(new Line(1, 0, tokens));
        try {
            return p.limits(c, !forHold);
        } catch (InputException e) {
            // Positions inside a YAML scalar mean little; name the field and the text instead.
            String msg = e.getMessage().replaceFirst("^" + java.util.regex.Pattern.quote(field) + ":1:\\d+: ", "");
            throw new InputException(field + ": '" + text + "': " + msg, e);
        }
    }

    private List<ProtocolNode> block(int indent) {
        List<ProtocolNode> nodes = new ArrayList<>();
        while (next < lines.size()) {
            Line line = lines.get(next);
            if (line.indent() < indent) {
                break;
            }
            if (line.indent() > indent) {
                throw error(line, line.indent() + 1, "unexpected indentation; expected the line to start at column "
                        + (indent + 1) + " like the step before it");
            }
            next++;
            if (line.tokens().get(0).text().equalsIgnoreCase("repeat")) {
                int times = repeatCount(line);
                if (next >= lines.size() || lines.get(next).indent() <= indent) {
                    throw error(line, 0, "expected an indented step on the line after 'Repeat " + times + " times:'");
                }
                nodes.add(new Repeat(times, block(lines.get(next).indent())));
            } else {
                nodes.add(step(line));
            }
        }
        return nodes;
    }

    private int repeatCount(Line line) {
        Cursor c = new Cursor(line);
        c.take();
        Token count = c.expect("a repeat count (a whole number) after 'Repeat'");
        int times;
        try {
            times = Integer.parseInt(count.text());
        } catch (NumberFormatException e) {
            throw error(line, count.column(), "expected a whole number of repeats, found '" + count.text() + "'");
        }
        if (times < 1) {
            throw error(line, count.column(), "a block must repeat at least once, got " + times);
        }
        Token word = c.expect("'times:' after the repeat count");
        String w = word.text().toLowerCase(Locale.ROOT);
        boolean colonAttached = w.endsWith(":");
        String bare = colonAttached ? w.substring(0, w.length() - 1) : w;
        if (!bare.equals("times") && !bare.equals("time")) {
            throw error(line, word.column(), "expected 'times:', found '" + word.text() + "'");
        }
        if (!colonAttached) {
            Token colon = c.expect("':' to end the Repeat line");
            if (!colon.text().equals(":")) {
                throw error(line, colon.column(), "expected ':' to end the Repeat line, found '" + colon.text() + "'");
            }
        }
        c.expectEnd("the end of the line after 'Repeat " + times + " times:'");
        return times;
    }

    private Step step(Line line) {
        Cursor c = new Cursor(line);
        Token head = c.take();
        String word = head.text().toLowerCase(Locale.ROOT);
        for (Step.Mode mode : Step.Mode.values()) {
            if (mode.keyword().equalsIgnoreCase(word)) {
                c.keyword("at");
                double j = c.quantity(Quantity.CURRENT_DENSITY, "a current density such as 0.5 mA/cm2");
                if (j <= 0) {
                    throw error(line, c.lastColumn, "current density must be positive (the word '" + mode.keyword()
                            + "' gives the direction), got " + c.lastText);
                }
                c.keyword("until");
                return new Step.ConstantCurrent(mode, j, limits(c, true));
            }
        }
        switch (word) {
            case "rest" -> {
                c.keyword("for");
                double t = c.quantity(Quantity.TIME, "a duration such as 10 min");
                if (t <= 0) {
                    throw error(line, c.lastColumn, "a rest must last a positive time, got " + c.lastText);
                }
                c.expectEnd("the end of the line after the rest duration");
                return new Step.Rest(t);
            }
            case "hold" -> {
                c.keyword("at");
                double v = c.quantity(Quantity.VOLTAGE, "a voltage such as 4.3 V");
                c.keyword("until");
                return new Step.Hold(v, limits(c, false));
            }
            default -> throw error(line, head.column(), "expected a step (Plate, Strip, Charge, Discharge, Rest, Hold) "
                    + "or 'Repeat N times:', found '" + head.text() + "'");
        }
    }

    /** Reads {@code limit (or limit)*} to the end of the line. */
    private List<Limit> limits(Cursor c, boolean constantCurrent) {
        List<Limit> out = new ArrayList<>();
        String expected = constantCurrent
                ? "a capacity (mAh/cm2), voltage (V, mV) or time (s, min, h) limit"
                : "a current density (mA/cm2) or time (s, min, h) limit";
        do {
            Quantity[] kinds = constantCurrent
                    ? new Quantity[] {Quantity.AREAL_CAPACITY, Quantity.VOLTAGE, Quantity.TIME}
                    : new Quantity[] {Quantity.CURRENT_DENSITY, Quantity.TIME};
            int column = c.column();
            Quantity kind = c.quantityOf(kinds, expected);
            double v = c.lastValue;
            Limit limit;
            if (kind == Quantity.VOLTAGE) {
                limit = new Limit.Voltage(v);
            } else if (!(v > 0)) {
                throw error(c.line, column, "a " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " limit must be positive, got " + c.lastText);
            } else {
                limit = switch (kind) {
                    case AREAL_CAPACITY -> new Limit.Capacity(v);
                    case TIME -> new Limit.Time(v);
                    default -> new Limit.Current(v);
                };
            }
            for (Limit seen : out) {
                if (seen.getClass() == limit.getClass()) {
                    throw error(c.line, column, "a second " + Step.kindName(limit.getClass())
                            + " limit; give each kind of limit at most once");
                }
            }
            out.add(limit);
        } while (c.optionalKeyword("or"));
        c.expectEnd("'or' and another limit, or the end of the line");
        return out;
    }

    private InputException error(Line line, int column, String message) {
        return InputException.at(source, line.number(), column, message);
    }

    /** Reads tokens of one line left to right; remembers the last quantity for error messages. */
    private final class Cursor {
        final Line line;
        int at;
        int lastColumn;
        String lastText;
        double lastValue;

        Cursor(Line line) {
            this.line = line;
        }

        Token take() {
            return line.tokens().get(at++);
        }

        int column() {
            return at < line.tokens().size() ? line.tokens().get(at).column() : endColumn();
        }

        private int endColumn() {
            Token last = line.tokens().get(line.tokens().size() - 1);
            return last.column() + last.text().length();
        }

        Token expect(String what) {
            if (at >= line.tokens().size()) {
                throw error(line, endColumn(), "expected " + what + " but the line ends");
            }
            return take();
        }

        void keyword(String word) {
            Token t = expect("'" + word + "'");
            if (!t.text().equalsIgnoreCase(word)) {
                throw error(line, t.column(), "expected '" + word + "', found '" + t.text() + "'");
            }
        }

        boolean optionalKeyword(String word) {
            if (at < line.tokens().size() && line.tokens().get(at).text().equalsIgnoreCase(word)) {
                at++;
                return true;
            }
            return false;
        }

        void expectEnd(String what) {
            if (at < line.tokens().size()) {
                Token t = line.tokens().get(at);
                throw error(line, t.column(), "expected " + what + ", found '" + t.text() + "'");
            }
        }

        double quantity(Quantity kind, String what) {
            quantityOf(new Quantity[] {kind}, what);
            return lastValue;
        }

        /** Reads a number and its unit (joined, as in 3mAh/cm2, or as two tokens); returns the unit's kind. */
        Quantity quantityOf(Quantity[] kinds, String what) {
            Token t = expect(what);
            Matcher m = NUMBER.matcher(t.text());
            if (!m.lookingAt()) {
                throw error(line, t.column(), "expected " + what + ", found '" + t.text() + "'");
            }
            String number = m.group();
            String unit = t.text().substring(m.end());
            int unitColumn = t.column() + m.end();
            if (unit.isEmpty()) {
                if (at >= line.tokens().size()) {
                    throw error(line, endColumn(), "expected a unit after " + number + " (" + what + ")");
                }
                Token u = take();
                unit = u.text();
                unitColumn = u.column();
            }
            for (Quantity kind : kinds) {
                if (kind.accepts(unit)) {
                    double value = Double.parseDouble(number) * kind.factorToSi(unit, source);
                    if (!Double.isFinite(value)) {
                        throw error(line, t.column(), "the number " + number + " is out of range");
                    }
                    lastColumn = t.column();
                    lastText = number + " " + unit;
                    lastValue = value;
                    return kind;
                }
            }
            if (!isAnyUnit(unit)) {
                throw error(line, unitColumn, "expected a unit after " + number + " (" + what + "), found '" + unit + "'");
            }
            throw error(line, unitColumn, "expected " + what + ", but '" + unit + "' is not a unit for it; use one of "
                    + unitList(kinds));
        }
    }

    private static boolean isAnyUnit(String unit) {
        for (Quantity q : Quantity.values()) {
            if (q.accepts(unit)) {
                return true;
            }
        }
        return false;
    }

    private static String unitList(Quantity[] kinds) {
        List<String> names = new ArrayList<>();
        for (Quantity k : kinds) {
            names.addAll(k.factorsToSi().keySet());
        }
        return String.join(", ", names);
    }

    private static List<Line> split(String text, String source) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String body = stripComment(raw[i]);
            int indent = 0;
            while (indent < body.length() && (body.charAt(indent) == ' ' || body.charAt(indent) == '\t')) {
                if (body.charAt(indent) == '\t') {
                    throw InputException.at(source, i + 1, indent + 1,
                            "a tab in the indentation; indent blocks with spaces");
                }
                indent++;
            }
            List<Token> tokens = tokens(body, i + 1, source);
            if (!tokens.isEmpty()) {
                out.add(new Line(i + 1, indent, tokens));
            }
        }
        return out;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static List<Token> tokens(String body, int lineNumber, String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            if (Character.isWhitespace(body.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < body.length() && !Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            tokens.add(new Token(body.substring(start, i), start + 1));
        }
        return tokens;
    }
}
