package org.anodefree.io.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anodefree.InputException;
import org.anodefree.experiment.Band;
import org.anodefree.experiment.Check;

/** Reads experiment files ({@code experiments/*.yaml}) into {@link Experiment}s. */
public final class ExperimentFiles {

    private ExperimentFiles() {
    }

    /** Every {@code *.yaml} experiment in a folder, ordered by file name. */
    public static List<Experiment> readAll(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": no experiments folder here");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Experiment> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(read(f));
            }
            return out;
        } catch (IOException e) {
            throw new InputException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    /** One experiment file. */
    public static Experiment read(Path file) {
        JsonNode root;
        try {
            root = YamlTrees.read(file);
        } catch (IOException e) {
            throw new InputException(file + ": not valid YAML (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new InputException(file + ": expected a mapping with id, kind, inputs and checks");
        }
        String id = required(root, "id", file).asText();
        String kind = required(root, "kind", file).asText();
        Map<String, Object> inputs = new LinkedHashMap<>();
        JsonNode in = root.path("inputs");
        in.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                finite(v, file + ": inputs." + e.getKey());
            }
            inputs.put(e.getKey(), v.isNumber() ? v.numberValue() : v.isTextual() ? v.asText() : v.toString());
        });
        List<Check> checks = new ArrayList<>();
        int k = 0;
        for (JsonNode c : required(root, "checks", file)) {
            k++;
            String where = file + ": checks[" + k + "]";
            Map<String, Double> at = new LinkedHashMap<>();
            c.path("at").fields().forEachRemaining(e -> at.put(e.getKey(), finite(e.getValue(), where + ".at." + e.getKey())));
            JsonNode b = c.get("band");
            Band band = null;
            if (b != null && !b.isNull()) {
                band = new Band(num(b, "relative", where), num(b, "absolute", where), num(b, "min", where),
                        num(b, "max", where));
                if (band.relative() == null && band.absolute() == null && band.min() == null && band.max() == null) {
                    throw new InputException(where + ": band needs relative, absolute, min or max");
                }
            }
            JsonNode reported = c.get("reported");
            if (reported == null) {
                throw new InputException(where + ": 'reported' must be a number");
            }
            JsonNode sets = c.get("sets");
            try {
                checks.add(new Check(c.path("name").asText(""), required(c, "quantity", file).asText(), at,
                        finite(reported, where + ".reported"), band,
                        Check.Label.parse(c.path("label").asText(""), where),
                        sets == null || sets.isNull() ? null : sets.asText()));
            } catch (InputException bad) {
                throw bad.getMessage().startsWith(where) ? bad : new InputException(where + ": " + bad.getMessage());
            }
        }
        return new Experiment(id, root.path("title").asText(id), root.path("figure").asText(""), kind, inputs, checks,
                root.path("note").asText(""), file);
    }

    private static JsonNode required(JsonNode n, String key, Path file) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw new InputException(file + ": '" + key + "' is missing");
        }
        return v;
    }

    private static Double num(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : finite(v, where + ".band." + key);
    }

    /** A number that is finite (YAML's .nan and .inf, and 1.0e+309, are not), or an error naming the field. */
    private static double finite(JsonNode v, String field) {
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new InputException(field + ": expected a finite number, got " + v);
        }
        return v.asDouble();
    }
}
