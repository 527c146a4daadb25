package org.anodefree.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private final String source;
    private final List<ProtocolLine> lines;
    private int next;

    private ProtocolParser(String source, List<ProtocolLine> lines) {
        this.source = source;
        this.lines = lines;
    }

    /** Parses a whole protocol; {@code source} names it in error messages (a file name, or "protocol"). */
    public static Protocol parse(String text, String source) {
        ProtocolParser p = new ProtocolParser(source, ProtocolLine.split(text, source));
        if (p.lines.isEmpty()) {
            throw InputException.at(source, 1, 0, "the protocol has no steps; expected a line such as "
                    + "'Plate at 0.5 mA/cm2 until 3 mAh/cm2'");
        }
        ProtocolLine first = p.lines.get(0);
        if (first.indent() != 0) {
            throw InputException.at(source, first.number(), first.indent() + 1,
                    "unexpected indentation; the first step starts at column 1");
        }
        return new Protocol(p.block(0, 0));
    }

    /** Parses one step written on one line (no Repeat), as used by the YAML/JSON form. */
    public static Step parseStep(String text, String source, int lineNumber) {
        ProtocolLine line = ProtocolLine.of(text, source, lineNumber);
        if (line.tokens().isEmpty()) {
            throw InputException.at(source, lineNumber, 0, "expected a step, found an empty line");
        }
        return new ProtocolParser(source, List.of()).step(line);
    }

    /**
     * Parses terminations joined by {@code or} ({@code 3 mAh/cm2 or 1 V}, {@code 10 min}, or for a
     * hold {@code 0.05 mA/cm2}), as used by the YAML/JSON form; {@code field} names it in errors.
     */
    public static List<Limit> parseLimits(String text, boolean forHold, String field) {
        ProtocolLine line = new ProtocolLine(field, 1, 0, ProtocolLine.tokens(text == null ? "" : text, 1, field));
        if (line.tokens().isEmpty()) {
            throw new InputException(field + ": expected a limit such as 3 mAh/cm2, 1 V or 10 min, found nothing");
        }
        try {
            return new ProtocolParser(field, List.of()).limits(line, !forHold);
        } catch (InputException e) {
            // Positions inside a YAML scalar mean little; name the field and the text instead.
            String msg = e.getMessage().replaceFirst("^" + java.util.regex.Pattern.quote(field) + ":1:\\d+: ", "");
            throw new InputException(field + ": '" + text + "': " + msg, e);
        }
    }

    private List<ProtocolNode> block(int indent, int depth) {
        List<ProtocolNode> nodes = new ArrayList<>();
        while (next < lines.size()) {
            ProtocolLine line = lines.get(next);
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
                if (depth >= Repeat.MAX_NESTING) {
                    throw error(line, line.indent() + 1, "Repeat blocks nest more than " + Repeat.MAX_NESTING
                            + " deep here; flatten the protocol (a block inside a block multiplies the counts)");
                }
                nodes.add(new Repeat(times, block(lines.get(next).indent(), depth + 1)));
            } else {
                nodes.add(step(line));
            }
        }
        return nodes;
    }

    private int repeatCount(ProtocolLine line) {
        line.take();
        ProtocolLine.Token count = line.expect("a repeat count (a whole number) after 'Repeat'");
        int times;
        try {
            times = Integer.parseInt(count.text());
        } catch (NumberFormatException e) {
            throw error(line, count.column(), "expected a whole number of repeats, found '" + count.text() + "'");
        }
        if (times < 1) {
            throw error(line, count.column(), "a block must repeat at least once, got " + times);
        }
        ProtocolLine.Token word = line.expect("'times:' after the repeat count");
        String w = word.text().toLowerCase(Locale.ROOT);
        boolean colonAttached = w.endsWith(":");
        String bare = colonAttached ? w.substring(0, w.length() - 1) : w;
        if (!bare.equals("times") && !bare.equals("time")) {
            throw error(line, word.column(), "expected 'times:', found '" + word.text() + "'");
        }
        if (!colonAttached) {
            ProtocolLine.Token colon = line.expect("':' to end the Repeat line");
            if (!colon.text().equals(":")) {
                throw error(line, colon.column(), "expected ':' to end the Repeat line, found '" + colon.text() + "'");
            }
        }
        line.expectEnd("the end of the line after 'Repeat " + times + " times:'");
        return times;
    }

    private Step step(ProtocolLine line) {
        ProtocolLine.Token head = line.take();
        String word = head.text().toLowerCase(Locale.ROOT);
        for (Step.Mode mode : Step.Mode.values()) {
            if (mode.keyword().equalsIgnoreCase(word)) {
                line.keyword("at");
                double j = line.quantity(Quantity.CURRENT_DENSITY, "a current density such as 0.5 mA/cm2");
                if (j <= 0) {
                    throw error(line, line.lastColumn, "current density must be positive (the word '" + mode.keyword()
                            + "' gives the direction), got " + line.lastText);
                }
                line.keyword("until");
                return new Step.ConstantCurrent(mode, j, limits(line, true));
            }
        }
        switch (word) {
            case "rest" -> {
                line.keyword("for");
                double t = line.quantity(Quantity.TIME, "a duration such as 10 min");
                if (t <= 0) {
                    throw error(line, line.lastColumn, "a rest must last a positive time, got " + line.lastText);
                }
                line.expectEnd("the end of the line after the rest duration");
                return new Step.Rest(t);
            }
            case "hold" -> {
                line.keyword("at");
                double v = line.quantity(Quantity.VOLTAGE, "a voltage such as 4.3 V");
                line.keyword("until");
                return new Step.Hold(v, limits(line, false));
            }
            default -> throw error(line, head.column(), "expected a step (Plate, Strip, Charge, Discharge, Rest, Hold) "
                    + "or 'Repeat N times:', found '" + head.text() + "'");
        }
    }

    /** Reads {@code limit (or limit)*} to the end of the line. */
    private List<Limit> limits(ProtocolLine line, boolean constantCurrent) {
        List<Limit> out = new ArrayList<>();
        String expected = constantCurrent
                ? "a capacity (mAh/cm2), voltage (V, mV) or time (s, min, h) limit"
                : "a current density (mA/cm2) or time (s, min, h) limit";
        do {
            Quantity[] kinds = constantCurrent
                    ? new Quantity[] {Quantity.AREAL_CAPACITY, Quantity.VOLTAGE, Quantity.TIME}
                    : new Quantity[] {Quantity.CURRENT_DENSITY, Quantity.TIME};
            int column = line.column();
            Quantity kind = line.quantityOf(kinds, expected);
            double v = line.lastValue;
            Limit limit;
            if (kind == Quantity.VOLTAGE) {
                limit = new Limit.Voltage(v);
            } else if (!(v > 0)) {
                throw line.error(column, "a " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " limit must be positive, got " + line.lastText);
            } else {
                limit = switch (kind) {
                    case AREAL_CAPACITY -> new Limit.Capacity(v);
                    case TIME -> new Limit.Time(v);
                    default -> new Limit.Current(v);
                };
            }
            for (Limit seen : out) {
                if (seen.getClass() == limit.getClass()) {
                    throw line.error(column, "a second " + Step.kindName(limit.getClass())
                            + " limit; give each kind of limit at most once");
                }
            }
            out.add(limit);
        } while (line.optionalKeyword("or"));
        line.expectEnd("'or' and another limit, or the end of the line");
        return out;
    }

    private static InputException error(ProtocolLine line, int column, String message) {
        return line.error(column, message);
    }
}
