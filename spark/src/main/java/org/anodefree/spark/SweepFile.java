package org.anodefree.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodefree.AnodefreeException;
import org.anodefree.InputException;
import org.anodefree.cell.CellType;
import org.anodefree.experiment.SeedSet;
import org.anodefree.protocol.ProtocolValidator;

/**
 * Reads and checks a sweep file (YAML; docs/sweep.md): a {@code base} experiment, {@code axes} (protocol
 * placeholders, {@code set.KEY} parameters, {@code pressure}, {@code loading}), {@code seeds} and {@code
 * combine: product|zip}. Every run is built and checked here, before any runs: a bad key, an empty axis, zip
 * axes of unequal length or a value that makes an impossible protocol or parameter is one {@link
 * InputException} naming the file, the axis and the value.
 */
public final class SweepFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Set<String> TOP = Set.of("base", "axes", "seeds", "combine");
    private static final Set<String> BASE = Set.of("cell", "protocol", "values", "set", "pressure", "loading", "grid",
            "pixel", "timeStepScale", "timeoutSeconds");

    private SweepFile() {
    }

    /** Reads {@code file}; {@code seedsOverride} (a {@code --seeds} text) replaces the file's seeds when not null. */
    public static List<RunSpec> read(Path file, String seedsOverride) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the sweep file (" + e.getMessage() + ")");
        }
        return parse(text, file.toString(), seedsOverride);
    }

    /** Parses sweep YAML {@code text} from {@code source} into its runs, group by group, seeds innermost. */
    public static List<RunSpec> parse(String text, String source, String seedsOverride) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw new InputException(source + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InputException(source + ": a sweep file is a YAML mapping with base, axes, seeds and combine");
        }
        checkKeys(root, TOP, source, "");
        JsonNode base = root.path("base");
        if (!base.isObject()) {
            throw new InputException(source + ": base: required, a mapping with cell and protocol");
        }
        checkKeys(base, BASE, source, "base.");
        String cell = text(base, "cell", source, "half");
        String protocol = text(base, "protocol", source, null);
        if (protocol == null) {
            throw new InputException(source + ": base.protocol: required (protocol text with ${name} placeholders)");
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        base.path("values").fields().forEachRemaining(e -> defaults.put(e.getKey(), e.getValue().asText()));
        List<String> sets = new ArrayList<>();
        base.path("set").fields().forEachRemaining(e -> sets.add(e.getKey() + "=" + e.getValue().asText()));
        String seedText = seedsOverride != null ? seedsOverride : root.path("seeds").asText("1");
        SeedSet seeds = SeedSet.parse(seedText, seedsOverride != null ? "--seeds" : source + ": seeds");
        String combine = root.path("combine").asText("product");
        if (!combine.equals("product") && !combine.equals("zip")) {
            throw new InputException(source + ": combine: '" + combine + "'; use product or zip");
        }
        Map<String, List<String>> axes = axes(root.path("axes"), protocol, source);
        Set<String> placeholders = placeholders(protocol);
        for (String name : placeholders) {
            if (!axes.containsKey(name) && !defaults.containsKey(name)) {
                throw new InputException(source + ": base.protocol: placeholder ${" + name
                        + "} has no axis and no base.values entry");
            }
        }
        Base b = new Base(cell, protocol, defaults, sets, text(base, "pressure", source, null),
                text(base, "loading", source, null), base.path("grid").asInt(32), text(base, "pixel", source, "10um"),
                base.path("timeStepScale").asDouble(1), base.path("timeoutSeconds").asDouble(0));
        List<Map<String, String>> combos = combine.equals("zip") ? zip(axes, source) : product(axes);
        List<RunSpec> runs = new ArrayList<>();
        for (int g = 0; g < combos.size(); g++) {
            RunSpec first = b.run(g, combos.get(g), seeds.toArray()[0], source);
            for (long seed : seeds.toArray()) {
                runs.add(new RunSpec(g, first.axes(), first.cell(), first.protocol(), first.sets(), first.pressure(),
                        first.loading(), first.gridPixels(), first.pixel(), first.timeStepScale(), seed,
                        first.timeoutSeconds()));
            }
        }
        return runs;
    }

    /** The base experiment: everything one run needs besides its axis values and seed. */
    private record Base(String cell, String protocol, Map<String, String> values, List<String> sets, String pressure,
            String loading, int grid, String pixel, double timeStepScale, double timeoutSeconds) {

        RunSpec run(int group, Map<String, String> axisValues, long seed, String source) {
            Map<String, String> v = new LinkedHashMap<>(values);
            List<String> s = new ArrayList<>(sets);
            String pr = pressure;
            String lo = loading;
            for (Map.Entry<String, String> e : axisValues.entrySet()) {
                if (e.getKey().startsWith("set.")) {
                    s.add(e.getKey().substring(4) + "=" + e.getValue());
                } else if (e.getKey().equals("pressure")) {
                    pr = e.getValue();
                } else if (e.getKey().equals("loading")) {
                    lo = e.getValue();
                } else {
                    v.put(e.getKey(), e.getValue());
                }
            }
            Matcher m = PLACEHOLDER.matcher(protocol);
            String filled = m.replaceAll(r -> Matcher.quoteReplacement(v.get(r.group(1))));
            RunSpec run = new RunSpec(group, new LinkedHashMap<>(axisValues), cell, filled, new ArrayList<>(s), pr, lo,
                    grid, pixel, timeStepScale, seed, timeoutSeconds);
            try {
                CellType type = CellType.parse(cell, "base.cell");
                run.parameters();
                ProtocolValidator.requireValid(run.parsedProtocol(), type, "protocol");
                if (!(timeStepScale > 0 && timeStepScale <= 1)) {
                    throw new InputException("base.timeStepScale: must be in (0, 1], got " + timeStepScale);
                }
                if (!(timeoutSeconds >= 0)) {
                    throw new InputException("base.timeoutSeconds: must be 0 (none) or positive, got " + timeoutSeconds);
                }
                run.problem();
            } catch (AnodefreeException e) {
                String where = axisValues.isEmpty() ? "base" : "axis values " + run.groupLabel();
                throw new InputException(source + ": " + where + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
            return run;
        }
    }

    private static Map<String, List<String>> axes(JsonNode node, String protocol, String source) {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return axes;
        }
        if (!node.isObject()) {
            throw new InputException(source + ": axes: a mapping of axis name to a list of values");
        }
        Set<String> placeholders = placeholders(protocol);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            boolean known = name.equals("pressure") || name.equals("loading") || name.startsWith("set.")
                    || placeholders.contains(name);
            if (!known) {
                throw new InputException(source + ": axes." + name + ": unknown axis; use a protocol placeholder "
                        + placeholders + ", set.PARAMETER_KEY, pressure or loading");
            }
            if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                throw new InputException(source + ": axes." + name + ": needs a non-empty list of values");
            }
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            axes.put(name, values);
        }
        return axes;
    }

    private static List<Map<String, String>> product(Map<String, List<String>> axes) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> axis : axes.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : axis.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(axis.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<Map<String, String>> zip(Map<String, List<String>> axes, String source) {
        int n = -1;
        String firstName = null;
        for (Map.Entry<String, List<String>> axis : axes.entrySet()) {
            if (n < 0) {
                n = axis.getValue().size();
                firstName = axis.getKey();
            } else if (axis.getValue().size() != n) {
                throw new InputException(source + ": axes." + axis.getKey() + ": combine: zip needs axes of equal length; "
                        + firstName + " has " + n + " values, " + axis.getKey() + " has " + axis.getValue().size());
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < Math.max(n, 1); i++) {
            Map<String, String> m = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> axis : axes.entrySet()) {
                m.put(axis.getKey(), axis.getValue().get(i));
            }
            out.add(m);
        }
        return out;
    }

    private static Set<String> placeholders(String protocol) {
        Set<String> names = new java.util.LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(protocol);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String source, String prefix) {
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                throw new InputException(source + ": " + prefix + k + ": unknown key; use one of "
                        + new java.util.TreeSet<>(allowed));
            }
        });
    }

    private static String text(JsonNode node, String field, String source, String fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isValueNode()) {
            throw new InputException(source + ": base." + field + ": must be a single value");
        }
        return v.asText();
    }
}
