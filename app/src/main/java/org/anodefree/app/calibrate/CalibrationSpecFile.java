package org.anodefree.app.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.anodefree.InputException;
import org.anodefree.experiment.SeedSet;
import org.anodefree.io.config.YamlTrees;
import org.anodefree.parameters.Parameter;

/**
 * Reads a calibration spec ({@code calibration/spec.yaml}):
 *
 * <pre>
 * optimizer: bobyqa            # or cmaes
 * fit_seeds: 1-16              # every ensemble of every evaluation (a count, range or list)
 * judge_seeds: 101-132         # what reproduce judges on: disjoint from fit_seeds
 * grid: 32                     # pixels (0 or absent: each experiment's own)
 * budget: 60                   # objective evaluations
 * wall_time_minutes: 120
 * pull: 0.01                   # tie-breaking pull to band centres
 * parameters:
 *   - {key: nucleation.overpotentialVolts, min: 0.005, max: 0.2, scale: log}
 * experiments:
 *   - F1b                       # every check with a band
 *   - {id: F2, checks: ["name of a check"], weight: 2}
 * </pre>
 *
 * Unknown fields are errors, so a misspelt option never silently falls back to a default.
 */
public final class CalibrationSpecFile {
    private static final Set<String> TOP = Set.of("optimizer", "fit_seeds", "judge_seeds", "grid", "budget", "wall_time_minutes", "pull",
            "parameters", "experiments");

    private CalibrationSpecFile() {
    }

    /** Reads and validates a spec file. */
    public static CalibrationSpec read(Path file) {
        JsonNode root;
        try {
            root = YamlTrees.readStrict(file);
        } catch (IOException e) {
            throw new InputException(file + ": not a readable YAML file (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new InputException(file + ": expected a mapping with parameters and experiments");
        }
        known(root, TOP, file.toString());
        List<FreeParameter> params = new ArrayList<>();
        int k = 0;
        for (JsonNode p : list(root, "parameters", file)) {
            String where = file + ": parameters[" + ++k + "]";
            known(p, Set.of("key", "min", "max", "scale"), where);
            String key = text(p, "key", where);
            Parameter par = Parameter.byKey(key);
            if (par == null) {
                throw new InputException(where + ": unknown parameter '" + key + "' (keys are those of default.yaml)");
            }
            String scale = p.path("scale").asText("linear");
            if (!scale.equals("log") && !scale.equals("linear")) {
                throw new InputException(where + ": scale '" + scale + "'; expected log or linear");
            }
            try {
                params.add(new FreeParameter(par, number(p, "min", where), number(p, "max", where), scale.equals("log")));
            } catch (InputException e) {
                throw new InputException(where + ": " + e.getMessage(), e);
            }
        }
        List<CalibrationSpec.Target> targets = new ArrayList<>();
        k = 0;
        for (JsonNode t : list(root, "experiments", file)) {
            String where = file + ": experiments[" + ++k + "]";
            if (t.isTextual()) {
                targets.add(new CalibrationSpec.Target(t.asText(), List.of(), 1));
                continue;
            }
            known(t, Set.of("id", "checks", "weight"), where);
            List<String> checks = new ArrayList<>();
            t.path("checks").forEach(c -> checks.add(c.asText()));
            targets.add(new CalibrationSpec.Target(text(t, "id", where), checks,
                    t.has("weight") ? number(t, "weight", where) : 1));
        }
        try {
            return new CalibrationSpec(params, targets, SeedSet.parse(text(root, "fit_seeds", file.toString()),
                    file + ": fit_seeds"), SeedSet.parse(text(root, "judge_seeds", file.toString()), file + ": judge_seeds"),
                    root.path("grid").asInt(0),
                    root.path("budget").asInt(40), 60 * (root.has("wall_time_minutes")
                            ? number(root, "wall_time_minutes", file.toString()) : 120),
                    root.path("optimizer").asText("bobyqa"), root.has("pull") ? number(root, "pull", file.toString()) : 0.01);
        } catch (InputException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }

    private static Iterable<JsonNode> list(JsonNode root, String key, Path file) {
        JsonNode n = root.get(key);
        if (n == null || !n.isArray() || n.isEmpty()) {
            throw new InputException(file + ": '" + key + "' must be a non-empty list");
        }
        return n;
    }

    private static void known(JsonNode n, Set<String> fields, String where) {
        if (!n.isObject()) {
            throw new InputException(where + ": expected a mapping with " + fields);
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!fields.contains(f)) {
                throw new InputException(where + ": unknown field '" + f + "'; expected one of " + fields);
            }
        }
    }

    private static String text(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            throw new InputException(where + ": '" + key + "' is required");
        }
        return v.asText();
    }

    private static double number(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber()) {
            throw new InputException(where + ": '" + key + "' must be a number, got " + v);
        }
        return v.asDouble();
    }
}
