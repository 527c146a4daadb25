package org.anodefree.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anodefree.SharedData;
import org.anodefree.cycling.CyclingRecordBuilder;
import org.anodefree.io.cycler.BdfCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

    @Test
    void realMprGivesTableFilesAndSummary(@TempDir Path out) throws Exception {
        Path mpr = SharedData.folder("cycler/yadg").resolve("gcpl.pr_182.1.mpr");
        Result r = run("analyze", mpr.toString(), "--area", "1.767cm2", "--out", out.toString());
        assertThat(r.status).isEqualTo(0);
        assertThat(r.out).contains("4 cycles").contains("short circuit: none found");
        for (String suffix : new String[] {".bdf.csv", ".voltage-capacity.png", ".voltage-capacity.svg", ".ce.png",
            ".voltage-time.png", ".voltage-time.svg"}) {
            assertThat(out.resolve("gcpl.pr_182.1.mpr" + suffix)).isNotEmptyFile();
        }
        String header = Files.readAllLines(out.resolve("gcpl.pr_182.1.mpr.bdf.csv")).get(0);
        assertThat(header).startsWith("Test Time / s,Voltage / V,Current / A");
        assertThat(Files.lines(out.resolve("gcpl.pr_182.1.mpr.bdf.csv")).count()).isEqualTo(2533 + 1);
        java.util.List<String> cycles = Files.readAllLines(out.resolve("gcpl.pr_182.1.mpr.cycles.csv"));
        assertThat(cycles).hasSize(4 + 1); // header and one row per cycle
        assertThat(cycles.get(0)).startsWith("Cycle / 1,Plated Capacity / mAh/cm2,Stripped Capacity / mAh/cm2,"
                + "Coulombic Efficiency / 1");
        assertThat(cycles.get(1)).startsWith("1,");
        assertThat(cycles.get(4)).startsWith("4,");
        JsonNode doc = Json.mapper().readTree(out.resolve("summary.json").toFile());
        JsonNode c1 = doc.get("runs").get(0).get("cycles").get(0);
        // the table's CE is the summary's, written in full precision
        String[] row1 = cycles.get(1).split(",", -1);
        assertThat(Double.parseDouble(row1[3])).isEqualTo(c1.get("coulombicEfficiency").asDouble());
        assertThat(c1.get("cycle").asInt()).isEqualTo(1);
        assertThat(c1.has("endOfStripPolarization")).isTrue();
        assertThat(doc.get("summary").get("runs").asInt()).isEqualTo(1);
    }

    @Test
    void syntheticShortIsReportedAsJson(@TempDir Path dir) throws Exception {
        CyclingRecordBuilder b = new CyclingRecordBuilder("short");
        double t = 0;
        for (int cycle = 1; cycle <= 4; cycle++) {
            for (int k = 1; k <= 100; k++) {
                boolean shorted = cycle == 3 && k > 50;
                b.appendRow(t += 36, shorted ? -0.001 : -0.03, -1e-3); // 1 mA plating, 1 mAh per half cycle
            }
            for (int k = 1; k <= 90; k++) {
                b.appendRow(t += 36, k == 90 ? 1.0 : 0.03, 1e-3);
            }
        }
        Path file = dir.resolve("cell.csv");
        BdfCsvWriter.write(b.build(), file);
        Result r = run("analyze", file.toString(), "--area", "1cm2", "--json", "--plating", "negative");
        assertThat(r.status).isEqualTo(0);
        JsonNode sc = Json.mapper().readTree(r.out).get("runs").get(0).get("shortCircuit");
        assertThat(sc.get("occurred").asBoolean()).isTrue();
        assertThat(sc.get("cycle").asInt()).isEqualTo(3);
        // Cycle 1: 99 intervals (row 0 opens the record) = 0.99; cycle 2: 1.00; cycle 3 up to the collapse
        // at its 51st row: 0.51 mAh/cm2.
        assertThat(sc.get("cumulativePlatedMilliampHoursPerCm2").asDouble()).isCloseTo(2.50,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    /** Issue 15: every format reaches the same per-cycle table and summary.json, with the file's metadata. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fastnda/nda_v22.nda", "fastnda/nw4-120-1-6-53.ndax",
        "cellpy/20210210_FC_01_cc_01.res", "cellpy/maccor_two.txt", "beep/test_Nova_Form-CH01-01_short.csv",
        "PyProBE/sample_data_basytec.txt", "cellpy/nw_regular_export_ife_example.csv",
        "echemistpy/HAC_NH3_02_02_GCPL_C04.mpr",
        "BatteryABN/GMJuly2022_CELL002_RPT_3_P0C_5P0PSI_20230110_R0_CH041_20230110143333_37_2_1_2818580185.xlsx"})
    void everyFormatGivesTheSameTableAndSummary(String name, @TempDir Path out) throws Exception {
        Path file = SharedData.folder("cycler").resolve(name);
        Result r = run("analyze", file.toString(), "--area", "1cm2", "--out", out.toString());
        assertThat(r.status).as(r.err).isEqualTo(0);
        assertThat(r.out).contains(" rows, ").contains("cycle     plated   stripped");
        JsonNode fileInfo = Json.mapper().readTree(out.resolve("summary.json").toFile()).get("runs").get(0).get("file");
        assertThat(fileInfo.get("format").asText()).isNotBlank();
        assertThat(fileInfo.get("start_time").isNull()).as(name + " start time").isFalse();
        assertThat(fileInfo.get("rows").asInt()).isGreaterThan(0);
    }

    @Test
    void badInputIsOneLineAndStatus2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.mpr");
        Files.write(bad, new byte[] {1, 2, 3});
        Result r = run("analyze", bad.toString(), "--format", "mpr");
        assertThat(r.status).isEqualTo(2);
        assertThat(r.err).contains("bad.mpr (byte 0)");
        assertThat(run("analyze", bad.toString()).err).contains("--format");
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        CommandLine cli = AnodefreeCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Result(status, out.toString(), err.toString());
    }
}
