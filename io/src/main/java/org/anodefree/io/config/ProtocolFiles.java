package org.anodefree.io.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anodefree.InputException;
import org.anodefree.protocol.Limit;
import org.anodefree.protocol.Protocol;
import org.anodefree.protocol.ProtocolNode;
import org.anodefree.protocol.ProtocolParser;
import org.anodefree.protocol.Repeat;
import org.anodefree.protocol.Step;
import org.anodefree.units.Quantity;

/**
 * Reads a protocol from a file: {@code .yaml}/{@code .yml}/{@code .json} in the structured form
 * below, anything else in the text language of {@link ProtocolParser}. Both map onto the same
 * {@link Protocol} records.
 *
 * <pre>
 * steps:                                  # or the list alone at the top level
 *   - Plate at 0.5 mA/cm2 until 3 mAh/cm2 # a step may be written as one text line
 *   - repeat: 100
 *     steps:
 *       - strip: {at: 0.5 mA/cm2, until: [1.5 mAh/cm2, 1 V]}
 *       - plate: {at: 0.5 mA/cm2, until: 1.5 mAh/cm2}
 *   - rest: {for: 10 min}
 *   - hold: {at: 4.3 V, until: 0.05 mA/cm2 or 2 h}
 * </pre>
 *
 * Errors name the file and the path of the bad field, e.g. {@code p.yaml: steps[1].steps[0].strip.at}.
 */
public final class ProtocolFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProtocolFiles() {
    }

    /** Reads a protocol file, choosing the form by extension. */
    public static Protocol read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(path + ": cannot read the protocol file (" + e.getMessage() + ")", e);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return readStructured(text, path.toString(), YamlTrees.YAML);
        }
        if (name.endsWith(".json")) {
            return readStructured(text, path.toString(), JSON);
        }
        return ProtocolParser.parse(text, path.toString());
    }

    /**
     * Reads {@code --protocol FILE_OR_TEXT}: an existing file by its extension; otherwise the argument
     * itself is protocol text (newlines, or {@code ;} between steps on one line). An argument that
     * looks like a file name but names no file is an error rather than a confusing parse failure.
     */
    public static Protocol fromArgument(String argument) {
        if (argument == null || argument.isBlank()) {
            throw new InputException("--protocol: give a protocol file or protocol text, e.g. "
                    + "\"Plate at 1 mA/cm2 until 5 mAh/cm2\"");
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (java.nio.file.InvalidPathException e) {
            path = null;
        }
        if (path != null && Files.isRegularFile(path)) {
            return read(path);
        }
        String lower = argument.strip().toLowerCase(Locale.ROOT);
        if (!lower.contains(" ") && lower.matches(".*\\.(txt|protocol|yaml|yml|json)$")) {
            throw new InputException("--protocol " + argument + ": no such file");
        }
        // ';' is not used by the language, so it can stand for a line break on a command line
        // (steps joined this way are all top-level: a Repeat block needs real lines).
        return ProtocolParser.parse(argument.replaceAll(";\\s*", "\n"), "--protocol");
    }

    /** Reads the structured form from YAML text. */
    public static Protocol readYaml(String text, String source) {
        return readStructured(text, source, YamlTrees.YAML);
    }

    /** Reads the structured form from JSON text. */
    public static Protocol readJson(String text, String source) {
        return readStructured(text, source, JSON);
    }

    /** Reads from a structured tree that is already parsed (for example the protocol part of an experiment file). */
    public static Protocol fromTree(JsonNode root, String source) {
        JsonNode steps = root.isObject() ? root.get("steps") : root;
        if (steps == null) {
            throw new InputException(source + ": expected a list of steps, or an object with a 'steps' list");
        }
        return new Protocol(nodes(steps, source, root.isObject() ? "steps" : "", 0));
    }

    private static Protocol readStructured(String text, String source, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw InputException.at(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new InputException(source + ": the file is empty; expected a list of protocol steps");
        }
        return fromTree(root, source);
    }

    private static List<ProtocolNode> nodes(JsonNode list, String source, String path, int depth) {
        if (!list.isArray() || list.isEmpty()) {
            throw new InputException(source + ": " + path + ": expected a non-empty list of steps");
        }
        List<ProtocolNode> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(node(list.get(i), source, path + "[" + i + "]", depth));
        }
        return out;
    }

    private static ProtocolNode node(JsonNode n, String source, String path, int depth) {
        if (n.isTextual()) {
            try {
                return ProtocolParser.parseStep(n.asText(), source + ": " + path, 1);
            } catch (InputException e) {
                throw new InputException(e.getMessage().replace(source + ": " + path + ":1:", source + ": " + path
                        + ": column "), e);
            }
        }
        if (!n.isObject()) {
            throw new InputException(source + ": " + path + ": expected a step (text or object), found " + n.getNodeType());
        }
        if (n.has("repeat")) {
            JsonNode times = n.get("repeat");
            if (!times.canConvertToInt() || !times.isIntegralNumber()) {
                throw new InputException(source + ": " + path + ".repeat: expected a whole number of repeats, found "
                        + times);
            }
            if (times.asInt() < 1) {
                throw new InputException(source + ": " + path + ".repeat: a block must repeat at least once, got "
                        + times.asInt());
            }
            expectOnly(n, source, path, "repeat", "steps");
            JsonNode body = n.get("steps");
            if (body == null) {
                throw new InputException(source + ": " + path + ": a repeat needs a 'steps' list");
            }
            if (depth >= Repeat.MAX_NESTING) {
                throw new InputException(source + ": " + path + ": repeat blocks nest more than " + Repeat.MAX_NESTING
                        + " deep; flatten the protocol");
            }
            return new Repeat(times.asInt(), nodes(body, source, path + ".steps", depth + 1));
        }
        if (n.size() != 1) {
            throw new InputException(source + ": " + path + ": expected one key naming the step (plate, strip, charge, "
                    + "discharge, rest, hold) or 'repeat', found " + fieldNames(n));
        }
        Map.Entry<String, JsonNode> only = n.fields().next();
        String kind = only.getKey().toLowerCase(Locale.ROOT);
        String at = path + "." + only.getKey();
        JsonNode args = only.getValue();
        if (!args.isObject()) {
            throw new InputException(source + ": " + at + ": expected an object of the step's fields");
        }
        for (Step.Mode mode : Step.Mode.values()) {
            if (mode.keyword().equalsIgnoreCase(kind)) {
                expectOnly(args, source, at, "at", "until");
                double j = Quantity.CURRENT_DENSITY.parse(text(args, "at", source, at), source + ": " + at + ".at");
                if (!(j > 0)) {
                    throw new InputException(source + ": " + at + ".at: current density must be positive (the step "
                            + "name gives the direction), got " + args.get("at").asText());
                }
                return new Step.ConstantCurrent(mode, j, limits(args, false, source, at));
            }
        }
        switch (kind) {
            case "rest" -> {
                expectOnly(args, source, at, "for");
                return new Step.Rest(Quantity.TIME.parse(text(args, "for", source, at), source + ": " + at + ".for"));
            }
            case "hold" -> {
                expectOnly(args, source, at, "at", "until");
                double v = Quantity.VOLTAGE.parse(text(args, "at", source, at), source + ": " + at + ".at");
                return new Step.Hold(v, limits(args, true, source, at));
            }
            default -> throw new InputException(source + ": " + at + ": unknown step '" + only.getKey()
                    + "'; expected plate, strip, charge, discharge, rest, hold or repeat");
        }
    }

    private static List<Limit> limits(JsonNode args, boolean hold, String source, String at) {
        JsonNode until = args.get("until");
        String field = source + ": " + at + ".until";
        if (until == null) {
            throw new InputException(field + ": required (the step must end somehow)");
        }
        List<Limit> out = new ArrayList<>();
        if (until.isArray()) {
            for (int i = 0; i < until.size(); i++) {
                out.addAll(ProtocolParser.parseLimits(scalar(until.get(i), field + "[" + i + "]"), hold, field + "[" + i + "]"));
            }
        } else {
            out.addAll(ProtocolParser.parseLimits(scalar(until, field), hold, field));
        }
        return out;
    }

    private static String text(JsonNode args, String key, String source, String at) {
        JsonNode v = args.get(key);
        if (v == null) {
            throw new InputException(source + ": " + at + ": missing '" + key + "'");
        }
        return scalar(v, source + ": " + at + "." + key);
    }

    private static String scalar(JsonNode v, String field) {
        if (v.isNumber()) {
            throw new InputException(field + ": " + v.asText() + " has no unit; write it with one, e.g. '0.5 mA/cm2'");
        }
        if (!v.isTextual()) {
            throw new InputException(field + ": expected a value with a unit, found " + v.getNodeType());
        }
        return v.asText();
    }

    private static void expectOnly(JsonNode obj, String source, String at, String... allowed) {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of(allowed).contains(f)) {
                throw new InputException(source + ": " + at + ": unknown field '" + f + "'; expected "
                        + String.join(", ", allowed));
            }
        }
    }

    private static String fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }
}
