package org.anodefree.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pixels a map marks as missing (outside the electrode) are counted in the summary and the text, never silent. */
class MapMissingValuesTest {
    @TempDir
    Path dir;

    @Test
    void emptyCellsAreCountedInTheSummary() throws Exception {
        Path map = dir.resolve("m.csv");
        Files.writeString(map, "# pixel_size = 2 um\n10,,10,30\n30,10,,10\n");
        Path out = dir.resolve("out");
        CommandLineTest.Run text = CommandLineTest.run("strip-map", map.toString(), "--levels", "0.5", "--out",
                out.toString(), "--no-figures");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("4 x 2 pixels of 2.00 um (2 outside the electrode: empty or NaN in the file)");
        JsonNode s = Json.mapper().readTree(out.resolve("summary.json").toFile()).path("stats");
        assertThat(s.path("outsidePixels").asInt()).isEqualTo(2);
        assertThat(s.path("electrodePixels").asInt()).isEqualTo(6);
    }
}
