package org.anodefree.io.cycler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anodefree.InputException;
import org.anodefree.SharedData;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arbin .res against the row counts and values mdbtools' mdb-export gives (MANIFEST-2.md). */
class ArbinResTest {

    @Test
    void mits700WithAnAuxTemperature() {
        CyclingRecord r = CyclerFiles.read(SharedData.folder("cycler/cellpy").resolve("aux_one_x_dx.res"), null);
        assertThat(r.rows()).isEqualTo(7235);
        assertThat(r.timeSeconds()[0]).isEqualTo(1.0053);
        assertThat(r.voltageVolts()[0]).isCloseTo(3.739501, within(1e-6));
        int last = r.rows() - 1;
        assertThat(r.timeSeconds()[last]).isCloseTo(7233.911808, within(1e-6));
        assertThat(r.voltageVolts()[last]).isCloseTo(4.200007, within(1e-6));
        assertThat(r.currentAmps()[last]).isCloseTo(0.049996, within(1e-6));
        assertThat(r.column("Charge_Capacity").doubles()[last]).isCloseTo(1.595609, within(1e-6));
        assertThat(r.column(BdfColumns.STEP_INDEX).ints()[last]).isEqualTo(2);
        assertThat(r.column("Aux Temperature 1 / degC").doubles()[0]).isCloseTo(24.406582, within(1e-5));
        double[] unix = r.column(BdfColumns.UNIX_TIME).doubles();
        assertThat(unix[0]).isCloseTo((44140.44291666667 - 25569) * 86400, within(1e-3));
        assertThat(r.metadata()).containsEntry(CyclerMetadata.SOFTWARE, "7.00 Build: 180119USB")
                .containsEntry(CyclerMetadata.CHANNEL, "31").containsEntry(CyclerMetadata.PROCEDURE, "OCV.sdu")
                .containsEntry("arbin.Test_Name", "aux_one_x_dx");
        double maxV = 0;
        double minV = 10;
        for (double v : r.voltageVolts()) {
            maxV = Math.max(maxV, v);
            minV = Math.min(minV, v);
        }
        assertThat(minV).isCloseTo(3.73948, within(1e-6));
        assertThat(maxV).isCloseTo(4.200139, within(1e-6));
    }

    @Test
    void mits432FullCell() {
        CyclingRecord r = CyclerFiles.read(SharedData.folder("cycler/cellpy").resolve("20210210_FC_01_cc_01.res"), null);
        assertThat(r.rows()).isEqualTo(7218);
        assertThat(r.timeSeconds()[0]).isCloseTo(5.008961, within(1e-6));
        assertThat(r.voltageVolts()[0]).isCloseTo(3.051165, within(1e-6));
        int last = r.rows() - 1;
        assertThat(r.timeSeconds()[last]).isCloseTo(318961.78512, within(1e-5));
        assertThat(r.voltageVolts()[last]).isCloseTo(3.31927, within(1e-6));
        assertThat(r.column(BdfColumns.CYCLE_COUNT).ints()[last]).isEqualTo(3);
        assertThat(r.column(BdfColumns.STEP_INDEX).ints()[last]).isEqualTo(12);
        int[] cycle = r.column(BdfColumns.CYCLE_COUNT).ints();
        double[] charge = r.column("Charge_Capacity").doubles();
        double max1 = 0;
        for (int k = 0; k < r.rows(); k++) {
            if (cycle[k] == 1) {
                max1 = Math.max(max1, charge[k]);
            }
        }
        assertThat(max1).isCloseTo(0.003819, within(1e-6));
    }

    @Test
    void aTruncatedDatabaseIsAnInputError(@TempDir Path tmp) throws IOException {
        byte[] all = Files.readAllBytes(SharedData.folder("cycler/cellpy").resolve("aux_one_x_dx.res"));
        Path cut = tmp.resolve("cut.res");
        Files.write(cut, java.util.Arrays.copyOf(all, 100_000));
        assertThatThrownBy(() -> CyclerFiles.read(cut, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("cut.res");
    }
}
