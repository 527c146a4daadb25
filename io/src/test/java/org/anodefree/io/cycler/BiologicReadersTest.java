package org.anodefree.io.cycler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.anodefree.InputException;
import org.anodefree.SharedData;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingColumn;
import org.anodefree.cycling.CyclingRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BiologicReadersTest {
    static final double RTOL = 1e-5;

    @ParameterizedTest
    @ValueSource(strings = {"ca.issue_149", "cp.issue_61", "cp", "gcpl.issue_149", "gcpl.issue_226.CxN",
        "gcpl.issue_226.I", "gcpl.pr_182.1", "geis.issue_149", "mb.issue_95", "ocv", "peis.issue_149", "peis",
        "vsp_ocv_with", "wait", "zir"})
    void mprEqualsItsMptExport(String name) throws IOException {
        Path dir = SharedData.folder("cycler/yadg");
        CyclingRecord mpr = BiologicMprReader.read(name + ".mpr", Files.readAllBytes(dir.resolve(name + ".mpr")));
        CyclingRecord mpt = readMpt(dir.resolve(name + ".mpt"));
        assertThat(mpr.rows()).as("rows of " + name).isEqualTo(mpt.rows());
        int shared = assertSharedColumnsEqual(name, mpr, mpt);
        assertThat(shared).as("shared columns of " + name).isGreaterThanOrEqualTo(3);
    }

    /** Set 2: EC-Lab 11.12-11.61 files (data modules v2, v3, v11), two with absolute-time exports. */
    @ParameterizedTest
    @ValueSource(strings = {"echemistpy/HAC_NH3_02_02_GCPL_C04", "echemistpy/HAC_NH3_02_01_OCV_C04",
        "biologic-converter/cv", "biologic-converter/lsv", "biologic-converter/test"})
    void newerMprEqualsItsMptExport(String name) throws IOException {
        Path dir = SharedData.folder("cycler");
        CyclingRecord mpr = CyclerFiles.read(dir.resolve(name + ".mpr"), null);
        CyclingRecord mpt = CyclerFiles.read(dir.resolve(name + ".mpt"), null);
        assertThat(mpr.rows()).as("rows of " + name).isEqualTo(mpt.rows()).isGreaterThan(0);
        int shared = assertSharedColumnsEqual(name, mpr, mpt);
        assertThat(shared).as("shared columns of " + name).isGreaterThanOrEqualTo(4);
        assertThat(mpr.metadata().get("format")).contains("data module");
        String mptStart = mpt.metadata().get(CyclerMetadata.START_TIME); // "12/12/2025 14:30:15.519"
        if (mptStart != null) {
            double expected = FieldParsers.dateTime(mptStart, false);
            java.time.LocalDateTime ours = java.time.LocalDateTime.parse(mpr.metadata().get(CyclerMetadata.START_TIME));
            double got = ours.toEpochSecond(java.time.ZoneOffset.UTC) + ours.getNano() * 1e-9;
            assertThat(got).as(name + " acquisition start from the log module").isCloseTo(expected,
                    org.assertj.core.api.Assertions.within(1e-3));
        }
    }

    @Test
    void germanAndOldExportsEqualTheirSiblings() throws IOException {
        Path dir = SharedData.folder("cycler/yadg");
        CyclingRecord de = readMpt(dir.resolve("mb.issue_95.de.mpt"));
        CyclingRecord en = readMpt(dir.resolve("mb.issue_95.mpt"));
        assertThat(de.rows()).isEqualTo(en.rows()).isEqualTo(33);
        assertThat(assertSharedColumnsEqual("mb de", de, en)).isGreaterThan(20);
        CyclingRecord old = readMpt(dir.resolve("ocv.old.mpt"));
        CyclingRecord ocv = readMpt(dir.resolve("ocv.mpt"));
        assertThat(assertSharedColumnsEqual("ocv old", old, ocv)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void bdfColumnsComeFromEwePointsAndCurrentInAmps() throws IOException {
        Path dir = SharedData.folder("cycler/yadg");
        CyclingRecord r = BiologicMprReader.read("cp", Files.readAllBytes(dir.resolve("cp.mpr")));
        assertThat(r.columns().get(0).label()).isEqualTo(BdfColumns.TEST_TIME);
        for (int k = 0; k < r.rows(); k++) {
            assertThat(r.currentAmps()[k]).isEqualTo(r.column("I/mA").doubles()[k] * 1e-3);
            assertThat(r.voltageVolts()[k]).isEqualTo(r.column("<Ewe>/V").doubles()[k]);
            assertThat(r.column(BdfColumns.STEP_INDEX).ints()[k]).isEqualTo(r.column("Ns").ints()[k]);
        }
    }

    @Test
    void truncatedMprNamesTheByte() throws IOException {
        Path dir = SharedData.folder("cycler/yadg");
        byte[] all = Files.readAllBytes(dir.resolve("cp.mpr"));
        byte[] cut = java.util.Arrays.copyOf(all, 9000);
        assertThatThrownBy(() -> BiologicMprReader.read("cut.mpr", cut)).isInstanceOf(InputException.class)
                .hasMessageContaining("cut.mpr (byte ");
        assertThatThrownBy(() -> BiologicMprReader.read("empty.mpr", new byte[0]))
                .isInstanceOf(InputException.class).hasMessageContaining("byte 0");
    }

    /** cp.mpr's last column is id 441 (<Ece>/V, float32); renumbered it must still be read, not crash. */
    @Test
    void unknownAndHighColumnIdsAreReadWithAWarning() throws IOException {
        Path dir = SharedData.folder("cycler/yadg");
        byte[] original = Files.readAllBytes(dir.resolve("cp.mpr"));
        CyclingRecord reference = BiologicMprReader.read("cp.mpr", original);
        int ids = idsOffset(original);
        int ncols = original[ids - 1] & 0xFF;
        int last = ids + 2 * (ncols - 1);
        assertThat((original[last] & 0xFF) | (original[last + 1] & 0xFF) << 8).isEqualTo(441);

        byte[] unknown = original.clone();
        unknown[last] = (byte) 0xFE; // 1022 = 0x03FE: in no table, low byte 0xFE = 254 in no table either
        unknown[last + 1] = 0x03;
        CyclingRecord u = BiologicMprReader.read("u.mpr", unknown);
        assertThat(u.warnings()).anyMatch(w -> w.contains("unknown_1022") && w.contains("4 bytes"));
        assertThat(u.column("unknown_1022").doubles()).containsExactly(reference.column("<Ece>/V").doubles());

        byte[] high = original.clone();
        high[last] = 77; // 256 + 77 = 333: not in the table, read as its low byte 77, <Ewe>/V (float32)
        high[last + 1] = 1;
        CyclingRecord h = BiologicMprReader.read("h.mpr", high);
        // cp.mpr has <Ewe>/V already (id 174), so this one is the duplicate, holding the bytes of <Ece>/V.
        assertThat(h.column("duplicate <Ewe>/V").doubles()).containsExactly(reference.column("<Ece>/V").doubles());
        assertThat(h.column("<Ewe>/V").doubles()).containsExactly(reference.column("<Ewe>/V").doubles());
    }

    /**
     * The case of issue 15 (EC-Lab 11.61 ids galvani and yadg stop on): two unknown ids of different widths, an
     * 8-byte and a 4-byte column, whose total alone does not say which is which; the values decide.
     */
    @Test
    void twoUnknownIdsOfDifferentWidthsAreWorkedOut() throws IOException {
        Path dir = SharedData.folder("cycler/yadg");
        byte[] original = Files.readAllBytes(dir.resolve("cp.mpr"));
        CyclingRecord reference = BiologicMprReader.read("cp.mpr", original);
        int ids = idsOffset(original);
        int ncols = original[ids - 1] & 0xFF;
        List<Integer> list = new ArrayList<>();
        for (int c = 0; c < ncols; c++) {
            list.add((original[ids + 2 * c] & 0xFF) | (original[ids + 2 * c + 1] & 0xFF) << 8);
        }
        int charge = list.indexOf(467); // Q charge/discharge/mA.h, float64
        int last = ncols - 1; // <Ece>/V, float32
        byte[] mutated = original.clone();
        putId(mutated, ids + 2 * charge, 0x07FE); // 2046 (low byte 254, in no table) for the float64
        putId(mutated, ids + 2 * last, 0x03FE); // 1022 for the float32
        CyclingRecord m = BiologicMprReader.read("m.mpr", mutated);
        assertThat(m.column("unknown_2046").doubles()).containsExactly(reference.column("Q charge/discharge/mA.h").doubles());
        assertThat(m.column("unknown_1022").doubles()).containsExactly(reference.column("<Ece>/V").doubles());
        assertThat(m.warnings()).anyMatch(w -> w.contains("unknown_2046") && w.contains("8 bytes"));
    }

    /** An unknown id in a module whose bytes are not a whole number of points: the error names id and module. */
    @Test
    void anUnknownIdThatCannotBeWorkedOutIsNamedWithItsModule() throws IOException {
        Path dir = SharedData.folder("cycler/yadg");
        byte[] original = Files.readAllBytes(dir.resolve("cp.mpr"));
        int ids = idsOffset(original);
        int ncols = original[ids - 1] & 0xFF;
        byte[] mutated = original.clone();
        putId(mutated, ids + 2 * (ncols - 1), 0x03FE);
        int points = ids - 5;
        int n = java.nio.ByteBuffer.wrap(mutated, points, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        java.nio.ByteBuffer.wrap(mutated).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(points, n - 7);
        assertThatThrownBy(() -> BiologicMprReader.read("m.mpr", mutated)).isInstanceOf(InputException.class)
                .hasMessageContaining("module 'VMP data'").hasMessageContaining("1022");
    }

    private static void putId(byte[] mpr, int at, int id) {
        mpr[at] = (byte) id;
        mpr[at + 1] = (byte) (id >> 8);
    }

    /** Byte offset of the column ids of an old-header .mpr's data module. */
    static int idsOffset(byte[] mpr) {
        byte[] marker = "MODULEVMP data".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + marker.length <= mpr.length; i++) {
            for (int k = 0; k < marker.length; k++) {
                if (mpr[i + k] != marker[k]) {
                    continue outer;
                }
            }
            return i + 6 + 51 + 5;
        }
        throw new AssertionError("no data module");
    }

    static CyclingRecord readMpt(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return BiologicMptReader.read(file.getFileName().toString(), in);
        }
    }

    /**
     * For points whose distortion it deems invalid EC-Lab's .mpt export writes -1 for THD/NSD/NSR and 0 for the
     * harmonics, while the .mpr keeps the computed values (geis/peis.issue_149 rows 0-1; later rows agree).
     */
    static boolean exportBlanked(String label, CyclingRecord mpt, int row) {
        CyclingColumn thd = mpt.column("THD Ewe/%");
        boolean distortion = label.startsWith("THD ") || label.startsWith("NSD ") || label.startsWith("NSR ")
                || label.matches("\\|(Ewe|I|Ece) h\\d\\|/.*");
        return distortion && thd != null && thd.value(row) == -1.0;
    }

    /** Compares every column the two records share by label, to a relative tolerance; returns how many. */
    static int assertSharedColumnsEqual(String name, CyclingRecord a, CyclingRecord b) {
        int shared = 0;
        for (CyclingColumn ca : a.columns()) {
            CyclingColumn cb = b.column(ca.label());
            if (cb == null) {
                continue;
            }
            shared++;
            for (int r = 0; r < a.rows(); r++) {
                double x = ca.value(r);
                double y = cb.value(r);
                if (Double.isNaN(x) && Double.isNaN(y) || exportBlanked(ca.label(), b, r)) {
                    continue;
                }
                double tol = RTOL * Math.max(Math.abs(x), Math.abs(y)) + 1e-300;
                if (!(Math.abs(x - y) <= tol)) {
                    throw new AssertionError(name + ": column '" + ca.label() + "' row " + r + ": " + x + " vs " + y);
                }
            }
        }
        return shared;
    }
}
