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
        unknown[last] = (byte) 0xE7; // 999 = 0x03E7: in no table, low byte 0xE7 = 231 in no table either
        unknown[last + 1] = 0x03;
        CyclingRecord u = BiologicMprReader.read("u.mpr", unknown);
        assertThat(u.warnings()).anyMatch(w -> w.contains("unknown_999") && w.contains("4 bytes"));
        assertThat(u.column("unknown_999").doubles()).containsExactly(reference.column("<Ece>/V").doubles());

        byte[] high = original.clone();
        high[last] = 77; // 256 + 77 = 333: not in the table, read as its low byte 77, <Ewe>/V (float32)
        high[last + 1] = 1;
        CyclingRecord h = BiologicMprReader.read("h.mpr", high);
        // cp.mpr has <Ewe>/V already (id 174), so this one is the duplicate, holding the bytes of <Ece>/V.
        assertThat(h.column("duplicate <Ewe>/V").doubles()).containsExactly(reference.column("<Ece>/V").doubles());
        assertThat(h.column("<Ewe>/V").doubles()).containsExactly(reference.column("<Ewe>/V").doubles());
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
