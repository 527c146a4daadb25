package org.anodefree.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anodefree.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFileTest {
    static final String BASE = """
            base:
              cell: half
              protocol: |
                Plate at 1 mA/cm2 until ${retained} mAh/cm2
                Repeat 2 times:
                    Plate at 1 mA/cm2 until ${capacity} mAh/cm2
                    Strip at 1 mA/cm2 until ${capacity} mAh/cm2 or 1 V
              grid: 8
            """;

    @Test
    void aProductCrossesTheAxesAndEverySeedRunsEachCombination() {
        List<RunSpec> runs = SweepFile.parse(BASE + "axes:\n  retained: [0.5, 1]\n  capacity: [0.2, 0.4, 0.6]\nseeds: 3\n",
                "s.yaml", null);
        assertThat(runs).hasSize(18);
        assertThat(runs.stream().map(RunSpec::group).distinct()).hasSize(6);
        assertThat(runs.get(0).protocol()).contains("until 0.5 mAh/cm2").contains("until 0.2 mAh/cm2");
        assertThat(runs.get(17).protocol()).contains("until 1 mAh/cm2").contains("until 0.6 mAh/cm2");
        assertThat(runs.stream().map(RunSpec::key).distinct()).hasSize(18);
        assertThat(runs.get(4).seed()).isEqualTo(2);
    }

    @Test
    void zipPairsTheAxesAndSeedsFromTheCommandLineReplaceTheFiles() {
        List<RunSpec> runs = SweepFile.parse(BASE + "axes:\n  retained: [0.5, 1]\n  capacity: [0.2, 0.4]\n"
                + "  pressure: [5MPa, 15MPa]\ncombine: zip\nseeds: 3\n", "s.yaml", "7,9");
        assertThat(runs).hasSize(4);
        assertThat(runs.get(2).axes()).containsEntry("retained", "1").containsEntry("pressure", "15MPa");
        assertThat(runs.get(3).seed()).isEqualTo(9);
    }

    @Test
    void aParameterAxisBecomesASetOverride() {
        List<RunSpec> runs = SweepFile.parse(BASE + "  values: {retained: 0.5, capacity: 0.2}\n"
                + "axes:\n  set.cell.temperatureKelvin: [290, 310]\nseeds: 1\n", "s.yaml", null);
        assertThat(runs.get(1).sets()).containsExactly("cell.temperatureKelvin=310");
    }

    @Test
    void badSweepsFailBeforeRunningNamingTheAxisAndValue() {
        assertThatThrownBy(() -> SweepFile.parse(BASE + "axes:\n  retained: [0.5]\n  capacity: [1]\nsweeps: 2\n",
                "s.yaml", null)).isInstanceOf(InputException.class).hasMessageStartingWith("s.yaml: sweeps: unknown key");
        assertThatThrownBy(() -> SweepFile.parse(BASE + "axes:\n  retained: []\n  capacity: [1]\n", "s.yaml", null))
                .hasMessage("s.yaml: axes.retained: needs a non-empty list of values");
        assertThatThrownBy(() -> SweepFile.parse(BASE + "axes:\n  retained: [1, 2]\n  capacity: [1]\ncombine: zip\n",
                "s.yaml", null)).hasMessageContaining("axes.capacity").hasMessageContaining("retained has 2 values");
        assertThatThrownBy(() -> SweepFile.parse(BASE + "axes:\n  retained: [1]\n  capacity: [1, -2]\n", "s.yaml", null))
                .isInstanceOf(InputException.class).hasMessageStartingWith("s.yaml: axis values retained=1, capacity=-2: ");
        assertThatThrownBy(() -> SweepFile.parse(BASE + "axes:\n  retained: [1]\n  capacity: [1]\n  current: [1]\n",
                "s.yaml", null)).hasMessageStartingWith("s.yaml: axes.current: unknown axis");
        assertThatThrownBy(() -> SweepFile.parse(BASE + "axes:\n  retained: [1]\n", "s.yaml", null))
                .hasMessageContaining("${capacity} has no axis");
        assertThatThrownBy(() -> SweepFile.parse(BASE + "axes:\n  retained: [1]\n  capacity: [1]\n"
                + "  set.no.suchKey: [1]\n", "s.yaml", null)).hasMessageStartingWith("s.yaml: axis values")
                .hasMessageContaining("no.suchKey");
        assertThatThrownBy(() -> SweepFile.parse(BASE + "axes:\n  retained: [1]\n  capacity: [1]\n"
                + "  pressure: [fast]\n", "s.yaml", null)).hasMessageContaining("pressure=fast");
    }

    @Test
    void theCommandExitsTwoWithOneLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, BASE + "axes:\n  retained: [1]\n  capacity: [1, abc]\n");
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        int status;
        try {
            status = SweepMain.run("sweep", f.toString(), "--out", dir.resolve("out").toString());
        } finally {
            System.setErr(old);
        }
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("anodefree sweep: " + f + ": axis values retained=1, capacity=abc");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
