package org.anodefree.io.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The one YAML reading path of anodefree (Jackson, which reads JSON too, a subset of YAML): stack files,
 * experiment files, YAML protocols and the calibration spec are all read to a tree here and validated by
 * their own reader. The parameter file is the one exception: core reads it without Jackson
 * ({@code org.anodefree.parameters.ParameterFileReader} says why).
 *
 * <p>Two modes, because the readers differ and this class does not change what any of them accepts: the
 * default keeps Jackson's rule that a repeated key's last value wins; {@link #readStrict} makes a
 * repeated key an error (the calibration spec, where a second {@code budget:} silently winning would
 * change a fit).
 */
public final class YamlTrees {
    /** The shared mapper (thread-safe once configured); package-private for readers that parse text. */
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private YamlTrees() {
    }

    /** The file's tree (null for an empty file); a repeated key keeps its last value. */
    public static JsonNode read(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    /** The stream's tree (null when empty); a repeated key keeps its last value. */
    public static JsonNode read(InputStream in) throws IOException {
        return YAML.readTree(in);
    }

    /** The text's tree; a repeated key keeps its last value. */
    public static JsonNode read(String text) throws JsonProcessingException {
        return YAML.readTree(text);
    }

    /** The file's tree (null for an empty file); a repeated key is an error. */
    public static JsonNode readStrict(Path file) throws IOException {
        return STRICT.readTree(file.toFile());
    }
}
