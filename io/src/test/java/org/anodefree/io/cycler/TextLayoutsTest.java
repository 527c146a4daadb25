package org.anodefree.io.cycler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anodefree.InputException;
import org.anodefree.SharedData;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.junit.jupiter.api.Test;

/** The text layouts of set 2 (MANIFEST-2.md): row counts, first and last values and metadata, file by file. */
class TextLayoutsTest {

    @Test
    void maccorWithAHeaderBlockAndDecimalCommaDropsOnlyTheCutLastLine() {
        CyclingRecord r = CyclerFiles.read(SharedData.folder("cycler/cellpy").resolve("maccor_two.txt"), null);
        assertThat(r.rows()).isEqualTo(213);
        assertThat(r.voltageVolts()[0]).isEqualTo(0.1377);
        assertThat(r.voltageVolts()[212]).isEqualTo(0.149);
        assertThat(r.timeSeconds()[212]).isEqualTo(212.0);
        assertThat(r.metadata()).containsEntry(CyclerMetadata.CHANNEL, "81")
                .containsEntry(CyclerMetadata.START_TIME, "06/05/2021 11:23:46")
                .containsEntry(CyclerMetadata.INSTRUMENT, "Maccor #4");
        assertThat(r.warnings()).anyMatch(w -> w.contains(":229: the last line has 9 of 28 fields"));
        // Forced, as the user did.
        assertThat(CyclerFiles.read(SharedData.folder("cycler/cellpy").resolve("maccor_two.txt"), CyclerFormat.MACCOR)
                .rows()).isEqualTo(213);
    }

    @Test
    void maccorModelOneWithDayTimesAndAuxPairs() {
        CyclingRecord r = CyclerFiles.read(SharedData.folder("cycler/cellpy").resolve("maccor_one.txt"), null);
        assertThat(r.rows()).isEqualTo(4459);
        assertThat(r.voltageVolts()[0]).isEqualTo(3.4625);
        assertThat(r.voltageVolts()[4458]).isEqualTo(4.19997);
        assertThat(r.column("Aux #1").doubles()[0]).isEqualTo(-2501.71411);
        assertThat(r.has("Units")).isFalse(); // the unit text of each aux pair is not a column
        assertThat(r.metadata()).containsEntry(CyclerMetadata.CHANNEL, "1");
        for (int k = 1; k < r.rows(); k++) {
            assertThat(r.timeSeconds()[k]).isGreaterThanOrEqualTo(r.timeSeconds()[k - 1]);
        }
    }

    @Test
    void maccorInMinutesAndTheTruncatedRun() {
        CyclingRecord r = CyclerFiles.read(SharedData.folder("cycler/battery-data-toolkit")
                .resolve("maccor_example.001"), null);
        assertThat(r.rows()).isEqualTo(8);
        assertThat(r.timeSeconds()[1]).isCloseTo(0.1667 * 60, within(1e-12));
        assertThat(r.voltageVolts()[0]).isEqualTo(3.30678264);
        assertThat(r.metadata()).containsEntry(CyclerMetadata.START_TIME, "03/31/2016");
        assertThat(CyclerFiles.read(SharedData.folder("cycler/beep").resolve("PreDiag_000229_000229_truncated.034"),
                null).rows()).isEqualTo(4061);
    }

    @Test
    void biologicWithoutHeaderAndSemicolonSeparated() throws IOException {
        Path file = SharedData.folder("cycler/PyProBE").resolve("Sample_data_biologic_no_header.mpt");
        CyclingRecord r = CyclerFiles.read(file, null);
        assertThat(r.rows()).isEqualTo(13);
        assertThat(r.timeSeconds()[12]).isCloseTo(281792.50213, within(1e-6));
        assertThat(r.voltageVolts()[12]).isEqualTo(2.9814022);
        assertThat(r.currentAmps()[12]).isEqualTo(0.0);
        // The file's degree sign is a UTF-8 replacement character (bytes EF BF BD), read as Windows-1252.
        assertThat(r.columns().stream().filter(c -> c.label().startsWith("Temperature/")).findFirst().orElseThrow()
                .doubles()[12]).isCloseTo(24.506462, within(1e-6));
        // The same table as EC-Lab's ';' CSV export: mode;ox/red;error;...;time/s;...;Ecell/V
        String semicolons = Files.readString(file, BiologicMptReader.WINDOWS_1252).replace('\t', ';');
        CyclingRecord s = BiologicMptReader.read("s.csv", new ByteArrayInputStream(
                semicolons.getBytes(BiologicMptReader.WINDOWS_1252)));
        assertThat(s.rows()).isEqualTo(13);
        assertThat(s.voltageVolts()).containsExactly(r.voltageVolts());
        assertThat(FormatDetector.detect("s.csv", semicolons.getBytes(StandardCharsets.ISO_8859_1), null))
                .isEqualTo(CyclerFormat.BIOLOGIC_MPT);
    }

    @Test
    void btLabAbsoluteTimesBecomeSecondsSinceTheStart() {
        CyclingRecord r = CyclerFiles.read(SharedData.folder("cycler/PyProBE")
                .resolve("Sample_data_biologic_timestamped.txt"), null);
        assertThat(r.rows()).isEqualTo(8);
        double[] expected = {0, 6.464, 7.464, 8.464, 9.464, 10.464, 11.464, 12.464};
        for (int k = 0; k < 8; k++) {
            assertThat(r.timeSeconds()[k]).isCloseTo(expected[k], within(1e-6));
        }
        assertThat(r.column(BdfColumns.UNIX_TIME).doubles()[0]).isCloseTo(1732102721.707, within(1e-6));
        assertThat(r.voltageVolts()[0]).isCloseTo(4.14656, within(1e-6)); // Ecell/V
        assertThat(r.metadata()).containsEntry(CyclerMetadata.INSTRUMENT, "BCS-815 (SN 0433)")
                .containsEntry(CyclerMetadata.SOFTWARE, "BT-LAB for windows v1.80");
    }

    @Test
    void anMplLogReadsTheMprBesideIt() {
        Path log = SharedData.folder("cycler/aurora-cycler-manager").resolve("commercial_cell_009__1761925606_C13.mpl");
        CyclingRecord r = CyclerFiles.read(log, null);
        assertThat(r.rows()).isEqualTo(6);
        assertThat(r.metadata()).containsEntry(CyclerMetadata.PROCEDURE, "Modulo Bat")
                .containsEntry(CyclerMetadata.CHANNEL, "13 (SN 77439)")
                .containsEntry(CyclerMetadata.INSTRUMENT, "MPG-2 (SN 0365)")
                .containsEntry(CyclerMetadata.START_TIME, "10/31/2025 16:46:48.486")
                .containsEntry("biologic.settings.ctrl_type", "Rest");
        CyclingRecord mpr = CyclerFiles.read(log.resolveSibling("commercial_cell_009__1761925606_C13.mpr"), null);
        assertThat(mpr.metadata()).containsEntry(CyclerMetadata.PROCEDURE, "Modulo Bat");
    }

    @Test
    void newareRegularExportAndMicroampUnits() {
        CyclingRecord r = CyclerFiles.read(SharedData.folder("cycler/cellpy").resolve("nw_regular_export_ife_example.csv"),
                null);
        assertThat(r.rows()).isEqualTo(9295);
        int[] cycle = r.column(BdfColumns.CYCLE_COUNT).ints();
        int[] step = r.column(BdfColumns.STEP_INDEX).ints();
        assertThat(cycle[0]).isEqualTo(1);
        assertThat(step[0]).isEqualTo(1);
        assertThat(cycle[r.rows() - 1]).isEqualTo(20);
        assertThat(r.voltageVolts()[0]).isEqualTo(4.3185);
        CyclingRecord interp = CyclerFiles.read(SharedData.folder("cycler/fastnda").resolve("interp-test.csv"), null);
        assertThat(interp.rows()).isEqualTo(333);
        assertThat(interp.voltageVolts()[0]).isCloseTo(0.0002, within(1e-15)); // Voltage(mV)
        assertThat(interp.timeSeconds()[332]).isEqualTo(1800.0);
    }

    @Test
    void novonixBasytecAndPec() {
        CyclingRecord nova = CyclerFiles.read(SharedData.folder("cycler/beep").resolve("test_Nova_Form-CH01-01_short.csv"),
                null);
        assertThat(nova.rows()).isEqualTo(3942);
        assertThat(nova.voltageVolts()[0]).isEqualTo(0.13736417);
        assertThat(nova.voltageVolts()[3941]).isCloseTo(3.427441, within(1e-6));
        assertThat(nova.metadata()).containsEntry(CyclerMetadata.CHANNEL, "01")
                .containsEntry(CyclerMetadata.START_TIME, "2022-04-11 10:58:07 AM");
        for (int k = 1; k < nova.rows(); k++) {
            assertThat(nova.timeSeconds()[k]).isGreaterThanOrEqualTo(nova.timeSeconds()[k - 1]);
        }
        CyclingRecord basytec = CyclerFiles.read(SharedData.folder("cycler/PyProBE").resolve("sample_data_basytec.txt"),
                null);
        assertThat(basytec.rows()).isEqualTo(74);
        int last = 73;
        assertThat(basytec.timeSeconds()[last]).isCloseTo(70.235804, within(1e-6));
        assertThat(basytec.column(BdfColumns.STEP_INDEX).ints()[last]).isEqualTo(4);
        assertThat(basytec.currentAmps()[last]).isCloseTo(0.449602, within(1e-6));
        assertThat(basytec.voltageVolts()[last]).isCloseTo(3.53285, within(1e-6));
        double start = 1687197413.0; // 2023-06-19 17:56:53
        assertThat(basytec.column(BdfColumns.UNIX_TIME).doubles()[2]).isCloseTo(start + 1.002823, within(1e-6));
        CyclingRecord pec = CyclerFiles.read(SharedData.folder("cycler/cellpy").resolve("pec_Test25205.csv"), null);
        assertThat(pec.rows()).isEqualTo(489);
        assertThat(pec.voltageVolts()[0]).isEqualTo(3.6824952);
        assertThat(pec.voltageVolts()[488]).isEqualTo(0.0639655);
        assertThat(pec.metadata()).containsEntry(CyclerMetadata.START_TIME, "01/08/2026 17:40:39");
    }

    /** Issue 15: a corrupt number in an .mpt became NaN; 1e309 became Infinity. Now each is an error. */
    @Test
    void aCorruptOrInfiniteNumberIsAnErrorNamingLineAndColumn() throws IOException {
        Path file = SharedData.folder("cycler/yadg").resolve("cp.mpt");
        String text = Files.readString(file, BiologicMptReader.WINDOWS_1252);
        String[] lines = text.split("\n", -1);
        int header = 0;
        while (!lines[header].startsWith("mode")) {
            header++;
        }
        int row = header + 3;
        for (String bad : new String[] {"1.2.3", "1e309", "abc"}) {
            String[] f = lines[row].split("\t", -1);
            f[4] = bad;
            String[] copy = lines.clone();
            copy[row] = String.join("\t", f);
            byte[] bytes = String.join("\n", copy).getBytes(BiologicMptReader.WINDOWS_1252);
            assertThatThrownBy(() -> BiologicMptReader.read("bad.mpt", new ByteArrayInputStream(bytes)))
                    .as(bad).isInstanceOf(InputException.class)
                    .hasMessageContaining("bad.mpt:" + (row + 1) + ":5").hasMessageContaining("'" + bad + "'");
        }
        String[] f = lines[row].split("\t", -1);
        f[4] = "";
        String[] copy = lines.clone();
        copy[row] = String.join("\t", f);
        CyclingRecord gap = BiologicMptReader.read("gap.mpt", new ByteArrayInputStream(String.join("\n", copy)
                .getBytes(BiologicMptReader.WINDOWS_1252)));
        assertThat(gap.warnings()).anyMatch(w -> w.contains("1 empty field(s)") && w.contains("line " + (row + 1)));
    }

    /** Issue 15: a MACCOR state field of control characters was "blank" and then empty (index out of bounds). */
    @Test
    void controlCharactersInAStateFieldAreAnError() {
        String text = "Today's Date 1/1/2020\nRec#\tCyc#\tStep\tTest (Sec)\tStep (Sec)\tAmp-hr\tWatt-hr\tAmps\tVolts\tState"
                + "\n1\t0\t1\t0\t0\t0\t0\t0\t3.1\tR\n2\t0\t1\t1\t1\t0\t0\t0\t3.2\t\u0001\u0002\n";
        assertThatThrownBy(() -> MaccorReader.read("c.txt", new ByteArrayInputStream(
                text.getBytes(StandardCharsets.ISO_8859_1)))).isInstanceOf(InputException.class)
                .hasMessageContaining("c.txt:4:10").hasMessageContaining("a state code");
    }
}
