package org.anodefree.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anodefree.app.AnodefreeCommand;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small two-axis sweep on local[2]: its outputs, a resume, and the same numbers as {@code simulate}. */
class SweepLocalTest {
    static final String PROTOCOL = "Plate at 1 mA/cm2 until ${retained} mAh/cm2\n"
            + "Repeat 3 times:\n    Plate at 2 mA/cm2 until ${capacity} mAh/cm2\n"
            + "    Strip at 2 mA/cm2 until ${capacity} mAh/cm2 or 1 V";
    static final String SWEEP = "base:\n  cell: half\n  protocol: |\n"
            + PROTOCOL.lines().map(l -> "    " + l + "\n").reduce("", String::concat)
            + "  pressure: 15MPa\n  grid: 12\n  set:\n    cell.temperatureKelvin: 298.15\n"
            + "axes:\n  retained: [0.2, 1]\n  capacity: [0.5, 2]\nseeds: 1,2\n";

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path out;
    static List<RunOutcome> outcomes;

    @BeforeAll
    static void runTheSweep() throws Exception {
        spark = SweepCommand.session("local[2]");
        out = dir.resolve("sweep");
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, SWEEP);
        outcomes = SweepRunner.run(spark, SweepFile.read(file, null), out, n -> { });
        SweepOutputs.write(spark, outcomes, out);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyOutputIsWrittenAndTheTablesHoldEveryRun() throws Exception {
        assertThat(outcomes).hasSize(8).allSatisfy(o -> assertThat(o.error()).isNull());
        for (String f : new String[] {"runs.csv", "groups.csv", "report.html", "survival.png", "survival.svg",
            "survival-group-3.png", "survival-group-3.svg", "median-heatmap.png", "median-heatmap.svg"}) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        // The protocol column holds line breaks (quoted, RFC 4180): read it as CSV, not as lines.
        assertThat(csv(out.resolve("runs.csv")).count()).isEqualTo(8);
        assertThat(Files.readAllLines(out.resolve("runs.csv")).get(0)).startsWith("run,group,group_label,retained,capacity,cell,protocol")
                .endsWith("shorted,short_cycle,plated_at_short_mAh_per_cm2,cycles,ce1,mean_ce,min_active_area_fraction,"
                        + "wall_s,error");
        assertThat(spark.read().parquet(out.resolve("runs.parquet").toString()).count()).isEqualTo(8);
        long cycles = outcomes.stream().mapToLong(o -> o.cycles().size()).sum();
        assertThat(spark.read().parquet(out.resolve("cycles").toString()).count()).isEqualTo(cycles);
        assertThat(out.resolve("cycles").resolve("run=" + outcomes.get(0).key())).isDirectory();
        assertThat(Files.readAllLines(out.resolve("groups.csv"))).hasSize(5);
        assertThat(Files.readString(out.resolve("report.html"))).contains("runs.parquet", "median-heatmap.png",
                "survival-group-0.svg");
    }

    @Test
    void theGroupTableCountsWhatTheRunsSay() {
        List<Map<String, Object>> groups = SweepOutputs.write(spark, outcomes, dir.resolve("again"));
        for (Map<String, Object> g : groups) {
            int group = (Integer) g.get("group");
            long shorted = outcomes.stream().filter(o -> o.spec().group() == group && o.shorted()).count();
            assertThat(((Number) g.get("shorted_fraction")).doubleValue()).isEqualTo(shorted / 2.0);
            assertThat(((Number) g.get("runs")).longValue()).isEqualTo(2);
        }
    }

    @Test
    void aReRunIntoTheSameFolderRunsNothingAgain() throws Exception {
        Path stored = out.resolve(SweepTask.RUNS).resolve(outcomes.get(0).key() + ".json");
        FileTime before = Files.getLastModifiedTime(stored);
        List<Integer> progress = new ArrayList<>();
        List<RunOutcome> again = SweepRunner.run(spark, SweepFile.read(dir.resolve("sweep.yaml"), null), out,
                progress::add);
        assertThat(progress).containsExactly(8);
        assertThat(Files.getLastModifiedTime(stored)).isEqualTo(before);
        assertThat(again).extracting(RunOutcome::key).isEqualTo(outcomes.stream().map(RunOutcome::key).toList());
    }

    @Test
    void aFailedRunIsARowWithItsError() throws Exception {
        List<RunOutcome> withFailure = new ArrayList<>(outcomes);
        withFailure.add(RunOutcome.failed(outcomes.get(0).spec(), "model: boom", 0.1));
        SweepOutputs.write(spark, withFailure, dir.resolve("failed"));
        List<org.apache.spark.sql.Row> rows = csv(dir.resolve("failed").resolve("runs.csv")).collectAsList();
        assertThat(rows).hasSize(9);
        assertThat(rows.get(8).getAs("error").toString()).isEqualTo("model: boom");
        assertThat(rows.get(7).getAs("error") == null).isTrue();
        assertThat(Files.readAllLines(dir.resolve("failed").resolve("groups.csv")).get(1)).contains(",3,1,");
    }

    private static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> csv(Path file) {
        return spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                .csv(file.toString());
    }

    @Test
    void aRunWritesTheSameSummaryAsSimulate() throws Exception {
        RunOutcome run = outcomes.get(5);
        RunSpec s = run.spec();
        Path sim = dir.resolve("simulate");
        int status = AnodefreeCommand.commandLine().execute("simulate", "--cell", "half", "--protocol", s.protocol(),
                "--seeds", s.seed() + "-" + s.seed(), "--grid", "12", "--pressure", "15MPa",
                "--set", "cell.temperatureKelvin=298.15", "--snapshots", "0", "--out", sim.toString());
        assertThat(status).isZero();
        JsonNode doc = new ObjectMapper().readTree(sim.resolve("summary.json").toFile()).get("runs").get(0);
        assertThat(doc.get("seed").asLong()).isEqualTo(2);
        JsonNode sc = doc.get("shortCircuit");
        assertThat(run.shorted()).isEqualTo(sc.get("occurred").asBoolean());
        if (run.shorted()) {
            assertThat(run.shortCycle()).isEqualTo(sc.get("cycle").asInt());
            assertThat(run.platedAtShortMilliampHoursPerCm2())
                    .isEqualTo(sc.get("cumulativePlatedMilliampHoursPerCm2").asDouble());
        }
        JsonNode cycles = doc.get("cycles");
        assertThat(run.cycles()).hasSize(cycles.size());
        for (int k = 0; k < cycles.size(); k++) {
            RunOutcome.Cycle c = run.cycles().get(k);
            assertThat(c.platedMilliampHoursPerCm2()).isEqualTo(cycles.get(k).get("platedMilliampHoursPerCm2").asDouble());
            assertThat(c.strippedMilliampHoursPerCm2())
                    .isEqualTo(cycles.get(k).get("strippedMilliampHoursPerCm2").asDouble());
            assertThat(c.minActiveAreaFraction()).isEqualTo(cycles.get(k).get("minActiveAreaFraction").asDouble());
        }
        assertThat(run.firstCycleCoulombicEfficiency()).isEqualTo(cycles.get(0).get("coulombicEfficiency").asDouble());
    }
}
