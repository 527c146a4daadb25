package org.anodefree.io.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anodefree.InputException;
import org.anodefree.cell.StackDesign;

/** Reads stack designs for energy density from YAML/JSON: each key holds {@code value} and {@code source}. */
public final class StackFiles {
    /** The default stack shipped in core's resources. */
    public static final String DEFAULT_RESOURCE = "/parameters/stack.yaml";

    private StackFiles() {
    }

    /** The default stack design. */
    public static StackDesign readDefault() {
        try (InputStream in = StackDesign.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new InputException("default stack " + DEFAULT_RESOURCE + " is missing from the core jar");
            }
            return StackDesign.fromValues(values(YamlTrees.read(in), DEFAULT_RESOURCE), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new InputException(DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A stack design from a file; keys it leaves out take the default's values. */
    public static StackDesign read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such stack file");
        }
        try {
            Map<String, Double> merged = new LinkedHashMap<>(readDefault().values());
            merged.putAll(values(YamlTrees.read(file), file.toString()));
            return StackDesign.fromValues(merged, file.toString());
        } catch (IOException e) {
            throw new InputException(file + ": not valid YAML/JSON (" + e.getMessage() + ")", e);
        }
    }

    /** The sources of the default stack's values, by key. */
    public static Map<String, String> defaultSources() {
        try (InputStream in = StackDesign.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            JsonNode root = YamlTrees.read(in);
            Map<String, String> m = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().path("source").asText("")));
            return m;
        } catch (IOException e) {
            throw new InputException(DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Double> values(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new InputException(source + ": expected a mapping of parameter names to {value, source}");
        }
        Map<String, Double> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue().isObject() ? e.getValue().get("value") : e.getValue();
            if (v == null || !v.isNumber()) {
                throw new InputException(source + ": '" + e.getKey() + "' needs a numeric value, got " + e.getValue());
            }
            m.put(e.getKey(), v.asDouble());
        }
        return m;
    }
}
