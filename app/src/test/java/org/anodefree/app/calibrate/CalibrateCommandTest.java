package org.anodefree.app.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anodefree.app.AnodefreeCommand;
import org.anodefree.app.Json;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End to end: a tiny simulated experiment (16 x 16 pixels, one seed) calibrated with a budget of 10. */
class CalibrateCommandTest {
    private static final String EXPERIMENT = """
            id: T1
            title: tiny plating run
            kind: simulate
            inputs:
              cell: half
              protocol: "Plate at {current} mA/cm2 until {capacity} mAh/cm2"
              current: 1.0
              capacity: 0.2
              fit_seeds: 1
              judge_seeds: 101-102
              grid: 16
              pixel_um: 10
            checks:
              - name: plateau
                quantity: plateau_mV
                reported: -40
                band: {min: -41, max: -39}
                label: fitted
              - name: not judged
                quantity: thickness_cv
                reported: 0
                label: prediction
            """;

    private static final String SPEC = """
            budget: 10
            fit_seeds: 1
            judge_seeds: 101-102
            parameters:
              - {key: li.exchangeCurrentDensityAmpsPerM2, min: 5, max: 500, scale: log}
              - {key: kinetics.transferCoefficient, min: 0.3, max: 0.7}
            experiments: [T1]
            """;

    @Test
    void theObjectiveDecreasesAndTheFittedValuesGoIntoTheParameterFile(@TempDir Path dir) throws Exception {
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(experiments.resolve("T1.yaml"), EXPERIMENT);
        Path spec = Files.writeString(dir.resolve("spec.yaml"), SPEC);
        Path params = dir.resolve("default.yaml");
        try (InputStream in = ModelParameters.class.getResourceAsStream(ModelParameters.DEFAULT_RESOURCE)) {
            Files.write(params, in.readAllBytes());
        }
        String before = Files.readString(params);
        Path out = dir.resolve("out");
        StringWriter text = new StringWriter();
        CommandLine cli = AnodefreeCommand.commandLine();
        cli.setOut(new PrintWriter(text));
        int status = cli.execute("calibrate", "--spec", spec.toString(), "--experiments", experiments.toString(),
                "--defaults-file", params.toString(), "--out", out.toString(), "--write-defaults");
        assertThat(status).isEqualTo(0);

        JsonNode doc = Json.mapper().readTree(out.resolve("calibration.json").toFile());
        assertThat(doc.get("evaluations").size()).isBetween(2, 10);
        double start = doc.get("objectiveStart").asDouble();
        double fitted = doc.get("objectiveFitted").asDouble();
        assertThat(start).isGreaterThan(0.5);
        assertThat(fitted).isLessThan(0.5 * start);
        JsonNode check = doc.get("checks").get(0);
        assertThat(doc.get("checks")).hasSize(1);
        assertThat(check.get("residualBefore").asDouble()).isEqualTo(start);
        assertThat(check.get("before").get("median").asDouble()).isLessThan(-41);
        double j0 = doc.get("parameters").get(0).get("fitted").asDouble();
        assertThat(j0).isGreaterThan(57);
        assertThat(Files.readString(out.resolve("calibration.md"))).contains("| T1 | plateau | -41 to -39 |",
                "`li.exchangeCurrentDensityAmpsPerM2`");

        ModelParameters now = ModelParameters.read(Files.readString(params), "rewritten");
        assertThat(now.value(Parameter.LI_EXCHANGE_CURRENT_DENSITY)).isEqualTo(j0);
        assertThat(now.value(Parameter.KINETICS_TRANSFER_COEFFICIENT))
                .isEqualTo(doc.get("parameters").get(1).get("fitted").asDouble());
        assertThat(Files.readString(params).lines().count()).isEqualTo(before.lines().count());
        assertThat(out.resolve("scratch")).doesNotExist(); // evaluations write no per-seed files
    }

    @Test
    void applyWritesAnEarlierRunsFittedValuesWithoutEvaluating(@TempDir Path dir) throws Exception {
        Path params = dir.resolve("default.yaml");
        try (InputStream in = ModelParameters.class.getResourceAsStream(ModelParameters.DEFAULT_RESOURCE)) {
            Files.write(params, in.readAllBytes());
        }
        Path json = Files.writeString(dir.resolve("calibration.json"), """
                {"parameters": [{"key": "li.exchangeCurrentDensityAmpsPerM2", "fitted": 61.25},
                                {"key": "kinetics.transferCoefficient", "fitted": 0.4375}]}
                """);
        int status = AnodefreeCommand.commandLine().execute("calibrate", "--apply", json.toString(),
                "--defaults-file", params.toString());
        assertThat(status).isEqualTo(0);
        ModelParameters now = ModelParameters.read(Files.readString(params), "applied");
        assertThat(now.value(Parameter.LI_EXCHANGE_CURRENT_DENSITY)).isEqualTo(61.25);
        assertThat(now.value(Parameter.KINETICS_TRANSFER_COEFFICIENT)).isEqualTo(0.4375);
    }

    @Test
    void applyNamesTheFieldOfABadReportAndLeavesTheFileAlone(@TempDir Path dir) throws Exception {
        Path params = Files.writeString(dir.resolve("default.yaml"), "unchanged");
        Path json = Files.writeString(dir.resolve("calibration.json"), """
                {"parameters": [{"key": "li.exchangeCurrentDensityAmpsPerM2", "fitted": 61.25},
                                {"key": "no.such.parameter", "fitted": 1}]}
                """);
        StringWriter err = new StringWriter();
        CommandLine cli = AnodefreeCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("calibrate", "--apply", json.toString(), "--defaults-file", params.toString());
        assertThat(status).isNotEqualTo(0);
        assertThat(err.toString()).contains("calibration.json", "parameters[1].key", "no.such.parameter");
        assertThat(Files.readString(params)).isEqualTo("unchanged");
    }
}
