package org.anodefree.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation against the paper: runs the reproduction rows this build can compute, as
 * {@code anodefree reproduce} does, and requires the rows of MODEL.md's table to pass their bands.
 */
class ReproduceValidationTest {
    @TempDir
    Path dir;

    private JsonNode reproduce(String only) throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("reproduce", "--only", only, "--out", dir.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }

    private static JsonNode row(JsonNode doc, String check) {
        for (JsonNode r : doc.path("rows")) {
            if (r.path("check").asText().startsWith(check)) {
                return r;
            }
        }
        throw new AssertionError("no row " + check + " in " + doc);
    }

    @Test
    void e1StackEnergyDensityIsWithinItsBands() throws Exception {
        JsonNode doc = reproduce("E1");
        for (JsonNode r : doc.path("rows")) {
            assertThat(r.path("verdict").asText()).as(r.toString()).isEqualTo("PASS");
        }
        assertThat(dir.resolve("report.html")).exists();
    }

    @Test
    void f5ActiveAreaCollapseIsWithinThreePoints() throws Exception {
        JsonNode doc = reproduce("F5");
        assertThat(row(doc, "active area at 64%").path("verdict").asText()).isEqualTo("PASS");
        assertThat(row(doc, "active area at 85%").path("verdict").asText()).isEqualTo("PASS");
        assertThat(row(doc, "active area at 85%").path("members").asInt()).isEqualTo(8);
        assertThat(dir.resolve("F5-snapshot-85.png")).exists();
    }
}
