package org.anodefree.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurrentCommandTest {
    @TempDir
    Path dir;

    /** A 16 x 8 map at 10 um: the left half 5 um of Li, the right half 30 um. */
    private Path halfThinMap() throws Exception {
        StringBuilder csv = new StringBuilder("# pixel_size = 10 um\n");
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 16; c++) {
                csv.append(c < 8 ? "5" : "30").append(c < 15 ? "," : "\n");
            }
        }
        Path map = dir.resolve("half.csv");
        Files.writeString(map, csv.toString());
        return map;
    }

    @Test
    void stripsTheThinHalfAndReportsCrowdedCurrentAsJson() throws Exception {
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("current", "--map", halfThinMap().toString(), "--level", "0.5",
                "--current", "0.5mA/cm2", "--out", out.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = Json.mapper().readTree(r.out());
        assertThat(doc.path("activeFraction").asDouble()).isEqualTo(0.5);
        // Galvanostatic control is exact: the active half carries the whole applied current.
        assertThat(doc.path("meanLocalCurrentDensityMilliampsPerCm2").asDouble()).isCloseTo(1.0, within(1e-9));
        double max = doc.path("maxLocalCurrentDensityMilliampsPerCm2").asDouble();
        assertThat(max).isGreaterThan(1.0);
        assertThat(doc.path("quantilesMilliampsPerCm2").path("p50").asDouble()).isBetween(0.5, max);
        assertThat(doc.path("accessResistanceOhmCm2").asDouble()).isPositive();
        double e = doc.path("electrodeOverpotentialMillivolts").asDouble();
        assertThat(e).isCloseTo(doc.path("kineticOverpotentialMillivolts").asDouble()
                + doc.path("electrolyteDropMillivolts").asDouble(), within(1e-9));
        assertThat(e).isGreaterThan(doc.path("uniformElectrolyteDropMillivolts").asDouble());
        for (String f : new String[] {"current-density.png", "histogram.png", "histogram.svg", "histogram.csv", "summary.json"}) {
            assertThat(out.resolve(f)).exists();
        }
    }

    @Test
    void nothingLeftIsACleanError() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("current", "--map", halfThinMap().toString(), "--level", "1",
                "--out", dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no Li is left");
    }

    @Test
    void unknownKineticsNamesTheChoices() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("current", "--map", halfThinMap().toString(), "--kinetics", "tafel",
                "--out", dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("tafel").contains("butler-volmer");
    }
}
