package org.anodefree.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodefree.InputException;
import org.anodefree.units.Quantity;

/**
 * One line of protocol text cut into whitespace-separated tokens, read left to right like a cursor;
 * remembers the last quantity read so that errors can point at it. Errors name source:line:column.
 */
final class ProtocolLine {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    /** A token and the 1-based column where it starts. */
    record Token(String text, int column) {
    }

    private final String source;
    private final int number;
    private final int indent;
    private final List<Token> tokens;
    /** Cursor state: the next token to read, and the last quantity read (for error messages). */
    private int at;
    int lastColumn;
    String lastText;
    double lastValue;

    ProtocolLine(String source, int number, int indent, List<Token> tokens) {
        this.source = source;
        this.number = number;
        this.indent = indent;
        this.tokens = tokens;
    }

    /** One line of text (its comment removed) as a line numbered {@code number}. */
    static ProtocolLine of(String text, String source, int number) {
        return new ProtocolLine(source, number, 0, tokens(stripComment(text == null ? "" : text), number, source));
    }

    int number() {
        return number;
    }

    int indent() {
        return indent;
    }

    List<Token> tokens() {
        return tokens;
    }

    InputException error(int column, String message) {
        return InputException.at(source, number, column, message);
    }

    Token take() {
        return tokens.get(at++);
    }

    int column() {
        return at < tokens.size() ? tokens.get(at).column() : endColumn();
    }

    private int endColumn() {
        Token last = tokens.get(tokens.size() - 1);
        return last.column() + last.text().length();
    }

    Token expect(String what) {
        if (at >= tokens.size()) {
            throw error(endColumn(), "expected " + what + " but the line ends");
        }
        return take();
    }

    void keyword(String word) {
        Token t = expect("'" + word + "'");
        if (!t.text().equalsIgnoreCase(word)) {
            throw error(t.column(), "expected '" + word + "', found '" + t.text() + "'");
        }
    }

    boolean optionalKeyword(String word) {
        if (at < tokens.size() && tokens.get(at).text().equalsIgnoreCase(word)) {
            at++;
            return true;
        }
        return false;
    }

    void expectEnd(String what) {
        if (at < tokens.size()) {
            Token t = tokens.get(at);
            throw error(t.column(), "expected " + what + ", found '" + t.text() + "'");
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
            throw error(t.column(), "expected " + what + ", found '" + t.text() + "'");
        }
        String number = m.group();
        String unit = t.text().substring(m.end());
        int unitColumn = t.column() + m.end();
        if (unit.isEmpty()) {
            if (at >= tokens.size()) {
                throw error(endColumn(), "expected a unit after " + number + " (" + what + ")");
            }
            Token u = take();
            unit = u.text();
            unitColumn = u.column();
        }
        for (Quantity kind : kinds) {
            if (kind.accepts(unit)) {
                double value = Double.parseDouble(number) * kind.factorToSi(unit, source);
                if (!Double.isFinite(value)) {
                    throw error(t.column(), "the number " + number + " is out of range");
                }
                lastColumn = t.column();
                lastText = number + " " + unit;
                lastValue = value;
                return kind;
            }
        }
        if (!isAnyUnit(unit)) {
            throw error(unitColumn, "expected a unit after " + number + " (" + what + "), found '" + unit + "'");
        }
        throw error(unitColumn, "expected " + what + ", but '" + unit + "' is not a unit for it; use one of "
                + unitList(kinds));
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

    static List<ProtocolLine> split(String text, String source) {
        List<ProtocolLine> out = new ArrayList<>();
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
                out.add(new ProtocolLine(source, i + 1, indent, tokens));
            }
        }
        return out;
    }

    static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    static List<Token> tokens(String body, int lineNumber, String source) {
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
