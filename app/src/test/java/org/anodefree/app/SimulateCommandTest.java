package org.anodefree.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

    @Test
    void twoSeedsWriteSummaryTimeSeriesChartsAndMaps(@TempDir Path out) throws Exception {
        StringWriter text = new StringWriter();
        CommandLine cli = AnodefreeCommand.commandLine();
        cli.setOut(new PrintWriter(text));
        int status = cli.execute("simulate", "--cell", "half", "--protocol",
                "Plate at 1 mA/cm2 until 0.3 mAh/cm2; Strip at 1 mA/cm2 until 0.2 mAh/cm2", "--seeds", "2", "--grid", "16",
                "--set", "filament.criticalCurrentDensityScaleAmpsPerM2=1e7", "--set", "void.criticalCurrentDensityScaleAmpsPerM2=1e6",
                "--out", out.toString(), "--json");
        assertThat(status).isEqualTo(0);
        JsonNode doc = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertThat(doc.get("runs")).hasSize(2);
        JsonNode run = doc.get("runs").get(0);
        assertThat(run.get("seed").asLong()).isEqualTo(1);
        assertThat(run.get("shortCircuit").get("occurred").asBoolean()).isFalse();
        JsonNode c1 = run.get("cycles").get(0);
        assertThat(c1.get("platedMilliampHoursPerCm2").asDouble()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(c1.get("strippedMilliampHoursPerCm2").asDouble()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(c1.get("minActiveAreaFraction").asDouble()).isBetween(0.0, 1.0);
        assertThat(doc.get("summary").get("shortedFraction").asDouble()).isEqualTo(0.0);
        Path seed = out.resolve("seed-2");
        String header = Files.readAllLines(seed.resolve("timeseries.csv")).get(0);
        assertThat(header).startsWith("Test Time / s,Voltage / V,Current / A,Cycle Count / 1,Step Count / 1")
                .contains("Active Area Fraction / 1");
        for (String f : new String[] {"voltage-capacity.png", "voltage-capacity.svg", "voltage-time.png",
            "step-1-thickness.png", "step-2-current.png", "step-2-filaments.png", "cycles.csv"}) {
            assertThat(seed.resolve(f)).isNotEmptyFile();
        }
        for (String f : new String[] {"cycles.csv", "ce.png", "ce.svg", "short-vs-retained.png",
            "short-vs-retained.svg"}) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        java.util.List<String> seedCycles = Files.readAllLines(seed.resolve("cycles.csv"));
        assertThat(seedCycles).hasSize(2);
        assertThat(seedCycles.get(0)).contains("Active Area Fraction (min time) / s", "Max Filament Length (max) / um");
        java.util.List<String> across = Files.readAllLines(out.resolve("cycles.csv"));
        assertThat(across).hasSize(2);
        assertThat(across.get(0)).startsWith("Cycle / 1,Runs / 1,Plated Capacity (run median) / mAh/cm2");
        assertThat(across.get(1)).startsWith("1,2,");
    }

    @Test
    void aProtocolThatCannotRunOnTheCellIsOneCleanError(@TempDir Path out) {
        StringWriter err = new StringWriter();
        CommandLine cli = AnodefreeCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("simulate", "--cell", "full", "--protocol", "Plate at 1 mA/cm2 until 1 mAh/cm2",
                "--out", out.toString());
        assertThat(status).isEqualTo(2);
    }
}
