package org.anodefree.io.cycler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anodefree.InputException;
import org.anodefree.SharedData;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.junit.jupiter.api.Test;

class CyclerReadersTest {

    @Test
    void maccorRowCountsAndBothTimeLayouts() {
        Path dir = SharedData.folder("cycler/beep");
        CyclingRecord test = CyclerFiles.read(dir.resolve("PredictionDiagnostics_000151_test.052"), null);
        assertThat(test.rows()).isEqualTo(333);
        CyclingRecord tz = CyclerFiles.read(dir.resolve("PredictionDiagnostics_000109_tztest.010"), null);
        assertThat(tz.rows()).isEqualTo(2165);
        // The .041 export writes times as "0d 00:00:01.0000".
        CyclingRecord eis = CyclerFiles.read(dir.resolve("maccor_test_file_4267-66-6519.041"), null);
        assertThat(eis.timeSeconds()[1]).isEqualTo(1.0);
        assertThat(eis.column(BdfColumns.STEP_TIME).doubles()[1]).isEqualTo(1.0);
    }

    @Test
    void maccorCapacityAccumulatesOverStepsAndDischargeIsNegative() {
        Path dir = SharedData.folder("cycler/beep");
        CyclingRecord tz = CyclerFiles.read(dir.resolve("PredictionDiagnostics_000109_tztest.010"), null);
        double[] charge = tz.column(BdfColumns.CHARGE_CAPACITY).doubles();
        double[] amp = tz.column("Amp-hr").doubles();
        int[] state = tz.column("State").ints();
        for (int r = 1; r < tz.rows(); r++) {
            assertThat(charge[r]).isGreaterThanOrEqualTo(charge[r - 1]);
            if (state[r] == 'D') {
                assertThat(tz.currentAmps()[r]).isLessThanOrEqualTo(0.0);
            }
        }
        assertThat(charge[tz.rows() - 1]).isGreaterThan(max(amp));
    }

    @Test
    void pausedMaccorRunEqualsBeepsParsedTable() throws IOException {
        Path dir = SharedData.folder("cycler/beep");
        CyclingRecord paused = CyclerFiles.read(dir.resolve("PredictionDiagnostics_000151_paused.052"), null);
        List<String> beep = Files.readAllLines(dir.resolve("BEEPDatapath_maccor_paused_memloaded.csv"));
        List<String> head = List.of(beep.get(0).split(","));
        assertThat(paused.rows()).isEqualTo(beep.size() - 1);
        String[][] pairs = {{"data_point", "Rec#"}, {"cycle_index", BdfColumns.CYCLE_COUNT},
            {"step_index", BdfColumns.STEP_INDEX}, {"test_time", BdfColumns.TEST_TIME},
            {"step_time", BdfColumns.STEP_TIME}, {"_capacity", "Amp-hr"}, {"_energy", "Watt-hr"},
            {"current", BdfColumns.CURRENT}, {"voltage", BdfColumns.VOLTAGE}};
        for (int r = 0; r < paused.rows(); r++) {
            String[] f = beep.get(r + 1).split(",", -1);
            for (String[] p : pairs) {
                double expected = Double.parseDouble(f[head.indexOf(p[0])]);
                double ours = paused.column(p[1]).value(r);
                // BEEP stores float32: compare at float precision.
                assertThat(ours).as("%s row %d", p[0], r).isCloseTo(expected, within(2e-7 * Math.abs(expected) + 1e-9));
            }
        }
    }

    @Test
    void maccorEisTable() throws IOException {
        Path dir = SharedData.folder("cycler/beep");
        Path file = dir.resolve("maccor_test_file_4267-66-6519.EDA0001.041");
        CyclingRecord eis = CyclerFiles.read(file, null);
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        int header = 0;
        while (!lines.get(header).startsWith("Freq(Hz)")) {
            header++;
        }
        long rows = lines.subList(header + 1, lines.size()).stream().filter(l -> !l.isBlank()).count();
        assertThat(eis.rows()).isEqualTo(rows).isGreaterThan(10);
        assertThat(eis.column("Freq(Hz)").doubles()[0]).isEqualTo(999999.0);
        assertThat(eis.voltageVolts()[0]).isEqualTo(3.909893);
        assertThat(eis.currentAmps()[0]).isEqualTo(0.0);
    }

    @Test
    void newareAndBdfRowCountsAndTimeUnits() {
        Path dir = SharedData.folder("cycler/cellpy");
        CyclingRecord neware = CyclerFiles.read(dir.resolve("neware_uio.csv"), null);
        assertThat(neware.rows()).isEqualTo(9065);
        assertThat(neware.timeSeconds()[neware.rows() - 1]).isEqualTo(144 * 3600 + 2 * 60 + 18);
        CyclingRecord bdf = CyclerFiles.read(dir.resolve("batmo_bdf.csv"), null);
        assertThat(bdf.rows()).isEqualTo(21206);
        assertThat(bdf.timeSeconds()[0]).isCloseTo(0.138888888888889 * 3600, within(1e-9));
    }

    @Test
    void landtEqualsItsBdfConversionRowByRow() {
        Path dir = SharedData.folder("cycler/bdf");
        CyclingRecord landt = CyclerFiles.read(dir.resolve("SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv"), null);
        CyclingRecord bdf = CyclerFiles.read(dir.resolve("SINTEF__LiGrR2032__2024-04-30__25degC__Landt.bdf.csv"),
                null);
        assertThat(landt.rows()).isEqualTo(bdf.rows()).isEqualTo(25162);
        for (int r = 0; r < landt.rows(); r++) {
            assertThat(landt.timeSeconds()[r]).isEqualTo(bdf.timeSeconds()[r]);
            assertThat(landt.voltageVolts()[r]).isEqualTo(bdf.voltageVolts()[r]);
            assertThat(landt.currentAmps()[r]).isEqualTo(bdf.currentAmps()[r]);
        }
    }

    @Test
    void arbinWithMetadataAndTheBadFile() {
        Path dir = SharedData.folder("cycler/beep");
        CyclingRecord ok = CyclerFiles.read(dir.resolve("FastCharge_000025_CH8.csv"), null);
        assertThat(ok.rows()).isGreaterThan(100);
        assertThat(ok.metadata()).containsEntry("arbin.test_id", "153")
                .containsEntry("arbin.databases", "ArbinResult_6,ArbinResult_7,");
        assertThatThrownBy(() -> CyclerFiles.read(dir.resolve("2017-05-09_test-TC-contact_CH33.csv"), null))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("2017-05-09_test-TC-contact_CH33.csv:2:5")
                .hasMessageContaining("Step_Index");
    }

    @Test
    void formatIsDetectedFromContentNotName() throws IOException {
        Path dir = SharedData.folder("cycler");
        String[][] cases = {{"yadg/cp.mpr", "BIOLOGIC_MPR"}, {"yadg/mb.issue_95.de.mpt", "BIOLOGIC_MPT"},
            {"beep/PredictionDiagnostics_000151_test.052", "MACCOR"},
            {"beep/maccor_test_file_4267-66-6519.EDA0001.041", "MACCOR_EIS"},
            {"beep/FastCharge_000025_CH8.csv", "ARBIN"}, {"cellpy/neware_uio.csv", "NEWARE"},
            {"cellpy/batmo_bdf.csv", "BDF"}, {"bdf/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv", "LANDT"},
            {"bdf/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.bdf.csv", "BDF"},
            {"PyProBE/Sample_data_biologic_no_header.mpt", "BIOLOGIC_MPT"},
            {"PyProBE/Sample_data_biologic_timestamped.txt", "BIOLOGIC_MPT"},
            {"aurora-cycler-manager/commercial_cell_009__1761925606_C13.mpl", "BIOLOGIC_MPL"},
            {"cellpy/maccor_two.txt", "MACCOR"}, {"cellpy/maccor_one.txt", "MACCOR"},
            {"battery-data-toolkit/maccor_example.001", "MACCOR"},
            {"cellpy/nw_regular_export_ife_example.csv", "NEWARE"}, {"fastnda/interp-test.csv", "NEWARE"},
            {"beep/test_Nova_Form-CH01-01_short.csv", "NOVONIX"}, {"PyProBE/sample_data_basytec.txt", "BASYTEC"},
            {"cellpy/pec_Test25205.csv", "PEC"}, {"fastnda/nda_v8.nda", "NEWARE_NDA"},
            {"fastnda/TestFile.nda", "NEWARE_NDA"}, {"fastnda/SIM.nda.zip", "NEWARE_NDA"},
            {"fastnda/test_2.ndax", "NEWARE_NDAX"}, {"fastnda/scrubbed_ndc2.ndax", "NEWARE_NDAX"},
            {"cellpy/aux_one_x_dx.res", "ARBIN_RES"},
            {"BatteryABN/GMJuly2022_CELL002_RPT_3_P0C_5P0PSI_20230110_R0_CH041_20230110143333_37_2_1_2818580185.xlsx",
                "XLSX"}};
        for (String[] c : cases) {
            assertThat(CyclerFiles.detect(dir.resolve(c[0]))).as(c[0]).isEqualTo(CyclerFormat.valueOf(c[1]));
        }
        assertThatThrownBy(() -> CyclerFormat.detect("a.txt", "hello\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InputException.class).hasMessageContaining("--format")
                .hasMessageContaining("tried mpr: no 'BIO-LOGIC MODULAR FILE' magic")
                .hasMessageContaining("maccor: no header line starting 'Rec#'")
                .hasMessageContaining("nda: no 'NEWARE' magic");
        assertThatThrownBy(() -> CyclerFormat.fromName("csv")).hasMessageContaining("valid: auto, mpr");
    }

    @Test
    void bdfOnlyReadsKeepTheSameBdfColumnsAndDropTheRest() {
        Path dir = SharedData.folder("cycler");
        String[] files = {"yadg/gcpl.pr_182.1.mpr", "yadg/geis.issue_149.mpr", "yadg/ocv.mpr", "yadg/cp.mpt",
            "yadg/mb.issue_95.de.mpt", "beep/PredictionDiagnostics_000109_tztest.010",
            "beep/maccor_test_file_4267-66-6519.041", "beep/FastCharge_000025_CH8.csv", "cellpy/neware_uio.csv",
            "cellpy/batmo_bdf.csv", "bdf/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv"};
        for (String f : files) {
            CyclingRecord all = CyclerFiles.read(dir.resolve(f), null, ColumnChoice.ALL);
            CyclingRecord bdf = CyclerFiles.read(dir.resolve(f), null, ColumnChoice.BDF);
            assertThat(bdf.rows()).as(f).isEqualTo(all.rows());
            for (org.anodefree.cycling.CyclingColumn c : all.columns()) {
                if (BdfColumns.isStandard(c.label())) {
                    org.anodefree.cycling.CyclingColumn d = bdf.column(c.label());
                    assertThat(d).as(f + " " + c.label()).isNotNull();
                    for (int r = 0; r < all.rows(); r++) {
                        assertThat(Double.doubleToLongBits(d.value(r))).as(f + " " + c.label() + " row " + r)
                                .isEqualTo(Double.doubleToLongBits(c.value(r)));
                    }
                }
            }
            assertThat(bdf.columns().size()).as(f).isLessThan(all.columns().size());
        }
    }

    /** A damaged time field (the fuzz test's seed 6000076 of a .nda) gives no start time, not an exception. */
    @Test
    void clockTimesOutsideEveryCyclersLifetimeAreNoStartTime() {
        assertThat(CyclerMetadata.clockTime(1742980972.5)).isEqualTo("2025-03-26T09:22:52.500");
        assertThat(CyclerMetadata.clockTime(9.4e17)).isNull();
        assertThat(CyclerMetadata.clockTime(Double.NaN)).isNull();
        assertThat(CyclerMetadata.clockTime(-1e12)).isNull();
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
