package org.anodefree.io.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.anodefree.map.ThicknessMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A one-column map with a pixel outside the mask must not lose that row (an empty line would be skipped). */
class CsvOneColumnMaskTest {

    @Test
    void oneColumnMaskedMapRoundTrips(@TempDir Path dir) {
        ThicknessMap map = new ThicknessMap(1, 3, 1e-6, new double[] {1e-6, 0, 3e-6}, new boolean[] {true, false, true});
        Path f = dir.resolve("one.csv");
        ThicknessMapFiles.write(f, map);
        ThicknessMap back = ThicknessMapFiles.read(f);
        assertThat(back.height()).isEqualTo(3);
        assertThat(back.isInside(1)).isFalse();
        assertThat(back.isInside(2)).isTrue();
    }
}
