package org.anodefree.parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodefree.InputException;

/**
 * Reads the parameter file, a strict subset of YAML that core can read without a YAML library (core
 * may depend only on JTransforms and Hipparchus; see ARCHITECTURE.md), so that the default parameters
 * load from the core jar alone. Every other YAML file is read by Jackson in
 * {@code org.anodefree.io.config.YamlTrees}. Every file in this subset is valid YAML with the same meaning,
 * so io and any YAML tool read it too:
 *
 * <pre>
 * # comment
 * lpsc.conductivitySiemensPerMeter:      # a key at column 1, ending in ':'
 *   value: 0.18                          # fields indented by spaces: value, source, calibrated, note
 *   source: "Singh et al. (2022) ..."    # double-quoted (with \" and \\ escapes) or plain text
 *   calibrated: [F1b, F1c]               # a flow list of plain words
 * </pre>
 *
 * Anything else (anchors, block lists, multi-line scalars, tabs) is rejected with file:line:column.
 */
final class ParameterFileReader {

    /** One key's fields as written, with the line where the key is, for error messages. */
    record RawEntry(String key, int line, Map<String, Object> fields) {
    }

    private ParameterFileReader() {
    }

    static List<RawEntry> read(String text, String source) {
        List<RawEntry> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        RawEntry current = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String raw = lines[i];
            int tab = raw.indexOf('\t');
            if (tab >= 0) {
                throw InputException.at(source, lineNo, tab + 1, "a tab; indent with spaces");
            }
            String trimmed = raw.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int indent = raw.length() - raw.stripLeading().length();
            int colon = colonOutsideQuotes(raw, indent);
            if (colon < 0) {
                throw InputException.at(source, lineNo, indent + 1, "expected 'name:' or 'field: value'");
            }
            String name = raw.substring(indent, colon).strip();
            String after = raw.substring(colon + 1);
            int valueColumn = colon + 2 + (after.length() - after.stripLeading().length());
            String rest = stripComment(after, source, lineNo, valueColumn).strip();
            if (indent == 0) {
                if (!rest.isEmpty()) {
                    throw InputException.at(source, lineNo, valueColumn, "a parameter key takes its fields on the "
                            + "lines below (value:, source:, calibrated:, note:), not a value on the same line");
                }
                current = new RawEntry(name, lineNo, new LinkedHashMap<>());
                out.add(current);
            } else {
                if (current == null) {
                    throw InputException.at(source, lineNo, indent + 1, "a field before any parameter key");
                }
                if (current.fields().containsKey(name)) {
                    throw InputException.at(source, lineNo, indent + 1, "field '" + name + "' given twice for "
                            + current.key());
                }
                current.fields().put(name, scalar(rest, source, lineNo, valueColumn));
            }
        }
        return out;
    }

    private static Object scalar(String text, String source, int line, int column) {
        if (text.startsWith("\"")) {
            StringBuilder sb = new StringBuilder();
            int i = 1;
            for (; i < text.length() && text.charAt(i) != '"'; i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    char e = text.charAt(++i);
                    if (e != '"' && e != '\\') {
                        throw InputException.at(source, line, column + i, "only \\\" and \\\\ escapes are supported");
                    }
                    c = e;
                }
                sb.append(c);
            }
            if (i != text.length() - 1) {
                throw InputException.at(source, line, column, "unterminated or trailing text after a quoted string");
            }
            return sb.toString();
        }
        if (text.startsWith("[")) {
            if (!text.endsWith("]")) {
                throw InputException.at(source, line, column, "a list must close with ']' on the same line");
            }
            List<String> items = new ArrayList<>();
            for (String item : text.substring(1, text.length() - 1).split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            return items;
        }
        if (text.startsWith("'") || text.startsWith("{") || text.startsWith("&") || text.startsWith("*")
                || text.startsWith("|") || text.startsWith(">")) {
            throw InputException.at(source, line, column, "this YAML form is not supported in the parameter file; "
                    + "use a number, a \"double-quoted\" string or a [flow, list]");
        }
        return text;
    }

    private static int colonOutsideQuotes(String raw, int from) {
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"' || c == '#') {
                return -1;
            }
            if (c == ':') {
                return i;
            }
        }
        return -1;
    }

    /** Removes a trailing {@code # comment} that is not inside a quoted string. */
    private static String stripComment(String s, String source, int line, int column) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
                return s.substring(0, i);
            }
        }
        if (quoted) {
            throw InputException.at(source, line, column, "unterminated quoted string");
        }
        return s;
    }
}
