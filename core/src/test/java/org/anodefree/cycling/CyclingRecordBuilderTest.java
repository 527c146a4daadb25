package org.anodefree.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CyclingRecordBuilderTest {

    @Property(tries = 30)
    void everyAppendedRowComesBackUnchanged(@ForAll @IntRange(min = 0, max = 5000) int rows) {
        CyclingRecordBuilder b = new CyclingRecordBuilder("p", 16);
        int cycle = b.intColumn(BdfColumns.CYCLE_COUNT);
        int extra = b.doubleColumn("Temperature / degC");
        for (int r = 0; r < rows; r++) {
            b.set(CyclingRecordBuilder.TIME, r * 0.5);
            b.set(CyclingRecordBuilder.VOLTAGE, 3 + r * 1e-6);
            b.set(CyclingRecordBuilder.CURRENT, -r);
            b.setInt(cycle, r / 7);
            if (r % 2 == 0) {
                b.set(extra, r);
            }
            b.endRow();
        }
        CyclingRecord rec = b.build();
        assertThat(rec.rows()).isEqualTo(rows);
        assertThat(rec.columns()).extracting(CyclingColumn::label).containsExactly(BdfColumns.TEST_TIME,
                BdfColumns.VOLTAGE, BdfColumns.CURRENT, BdfColumns.CYCLE_COUNT, "Temperature / degC");
        for (int r = 0; r < rows; r++) {
            assertThat(rec.timeSeconds()[r]).isEqualTo(r * 0.5);
            assertThat(rec.currentAmps()[r]).isEqualTo(-r);
            assertThat(rec.column(BdfColumns.CYCLE_COUNT).ints()[r]).isEqualTo(r / 7);
            double e = rec.column("Temperature / degC").doubles()[r];
            assertThat(r % 2 == 0 ? e == r : Double.isNaN(e)).isTrue();
        }
    }

    @Test
    void bulkRowsFillStorageDirectlyAndMixWithRowByRow() {
        CyclingRecordBuilder b = new CyclingRecordBuilder("bulk", 4);
        int step = b.intColumn(BdfColumns.STEP_INDEX);
        b.appendRow(0, 1, 2);
        int first = b.appendRows(5000);
        assertThat(first).isEqualTo(1);
        double[] t = b.doubleStorage(CyclingRecordBuilder.TIME);
        int[] s = b.intStorage(step);
        for (int r = first; r < first + 5000; r++) {
            t[r] = r;
            s[r] = 7;
        }
        b.appendRow(9, 9, 9);
        CyclingRecord rec = b.build();
        assertThat(rec.rows()).isEqualTo(5002);
        assertThat(rec.timeSeconds()[4999]).isEqualTo(4999.0);
        assertThat(rec.voltageVolts()[4999]).isNaN();
        assertThat(rec.column(BdfColumns.STEP_INDEX).ints()[5001]).isZero();
        assertThat(rec.timeSeconds()[5001]).isEqualTo(9.0);
    }

    @Test
    void aColumnKeepsItsKind() {
        CyclingRecordBuilder b = new CyclingRecordBuilder("k");
        b.intColumn("Step Index / 1");
        assertThatThrownBy(() -> b.doubleColumn("Step Index / 1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(b.doubleColumn(BdfColumns.VOLTAGE)).isEqualTo(CyclingRecordBuilder.VOLTAGE);
    }
}
