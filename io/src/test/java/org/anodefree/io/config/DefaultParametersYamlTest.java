package org.anodefree.io.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.anodefree.parameters.ParameterEntry;
import org.junit.jupiter.api.Test;

/** The parameter file is read by core's own small reader; a full YAML parser must read the same values. */
class DefaultParametersYamlTest {

    @Test
    void jacksonReadsTheSameValuesSourcesAndRowsAsCore() throws Exception {
        JsonNode root;
        try (InputStream in = ModelParameters.class.getResourceAsStream(ModelParameters.DEFAULT_RESOURCE)) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        ModelParameters core = ModelParameters.defaults();
        assertThat(root.size()).isEqualTo(Parameter.values().length + 1); // and the model: section
        java.util.Map<String, String> laws = new java.util.LinkedHashMap<>();
        root.get(ModelParameters.MODEL_SECTION).fields().forEachRemaining(f -> laws.put(f.getKey(), f.getValue().asText()));
        assertThat(laws).isEqualTo(core.lawNames());
        for (Parameter p : Parameter.values()) {
            JsonNode n = root.get(p.key());
            assertThat(n).as(p.key()).isNotNull();
            ParameterEntry e = core.entry(p);
            assertThat(n.get("value").asDouble()).as(p.key()).isEqualTo(e.value());
            JsonNode text = n.get(e.provenance().kind().field());
            assertThat(text).as(p.key()).isNotNull();
            assertThat(text.asText()).as(p.key()).isEqualTo(e.provenance().text());
        }
    }
}
