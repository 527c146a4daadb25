package org.anodefree.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same command on the same input writes the same bytes: SVG clip ids no longer come from the clock (issue 16). */
class ReproducibleOutputsTest {
    @TempDir
    Path dir;

    @Test
    void stripMapAndCurrentFiguresAreByteIdenticalRunToRun() throws Exception {
        Path map = dir.resolve("m.csv");
        Files.writeString(map, "# pixel_size = 2 um\n10,30,10,30\n30,10,30,10\n12,18,40,9\n");
        Path out = dir.resolve("out");
        List<String> files = List.of("curve.svg", "curve.png", "curve.csv", "map.png", "summary.json");
        byte[][] first = new byte[files.size()][];
        for (int run = 0; run < 2; run++) {
            CommandLineTest.Run r = CommandLineTest.run("strip-map", map.toString(), "--levels", "0.5,0.85", "--out",
                    out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            for (int k = 0; k < files.size(); k++) {
                byte[] b = Files.readAllBytes(out.resolve(files.get(k)));
                if (run == 0) {
                    first[k] = b;
                } else {
                    assertThat(b).as(files.get(k)).isEqualTo(first[k]);
                }
            }
        }
        assertThat(Files.readString(out.resolve("curve.svg"))).contains("clip-").doesNotContainPattern("_\\d{6,}");
        Path cur = dir.resolve("cur");
        byte[] svg = null;
        for (int run = 0; run < 2; run++) {
            CommandLineTest.Run r = CommandLineTest.run("current", "--map", map.toString(), "--level", "0.5", "--out",
                    cur.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            byte[] b = Files.readAllBytes(cur.resolve("histogram.svg"));
            if (svg != null) {
                assertThat(b).isEqualTo(svg);
            }
            svg = b;
        }
    }
}
