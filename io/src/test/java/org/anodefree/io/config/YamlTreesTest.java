package org.anodefree.io.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two reading modes of {@link YamlTrees}: a repeated key's last value wins, or is an error. */
class YamlTreesTest {
    @TempDir
    Path dir;

    @Test
    void aRepeatedKeyKeepsItsLastValueByDefaultAndIsAnErrorWhenStrict() throws IOException {
        Path f = Files.writeString(dir.resolve("twice.yaml"), "budget: 10\nbudget: 20\n");
        assertEquals(20, YamlTrees.read(f).path("budget").asInt());
        assertEquals(20, YamlTrees.read("budget: 10\nbudget: 20\n").path("budget").asInt());
        IOException e = assertThrows(IOException.class, () -> YamlTrees.readStrict(f));
        assertTrue(e.getMessage().contains("budget"), e.getMessage());
    }

    @Test
    void readsJsonAsYamlAndAnEmptyFileAsNoTree() throws IOException {
        Path json = Files.writeString(dir.resolve("a.json"), "{\"steps\": [\"Rest for 1 min\"]}");
        assertEquals("Rest for 1 min", YamlTrees.read(json).path("steps").get(0).asText());
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
        JsonNode none = YamlTrees.read(empty);
        // Jackson gives null or a MissingNode for an empty document, depending on its version: both mean none
        assertTrue(none == null || none.isMissingNode(), String.valueOf(none));
    }
}
