package org.anodefree.io.map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anodefree.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .npy and CSV maps of issue 16 that crashed a reader or were read as infinite: now each is one clear error. */
class MapReproducersTest {
    private static final MapReadOptions PIXEL = new MapReadOptions(1e-6, null);

    @TempDir
    Path dir;

    /** A version-1 .npy file with the given header dictionary and {@code dataBytes} zero bytes of data. */
    private Path npy(String name, String dict, int dataBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        byte[] h = (dict + "\n").getBytes(StandardCharsets.ISO_8859_1);
        out.write(h.length & 0xff);
        out.write(h.length >> 8);
        out.writeBytes(h);
        out.writeBytes(new byte[dataBytes]);
        Path p = dir.resolve(name);
        Files.write(p, out.toByteArray());
        return p;
    }

    @Test
    void npyShapeThatIsNotANumberOrTooLongForALong() throws IOException {
        Path words = npy("words.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (3, x), }", 48);
        assertThatThrownBy(() -> ThicknessMapFiles.read(words, PIXEL)).isInstanceOf(InputException.class)
                .hasMessageContaining("words.npy").hasMessageContaining("'x', not a whole number");
        Path huge = npy("huge.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999, 3), }", 48);
        assertThatThrownBy(() -> ThicknessMapFiles.read(huge, PIXEL)).isInstanceOf(InputException.class)
                .hasMessageContaining("not a whole number");
    }

    @Test
    void npyDescrWithAnImpossibleItemSize() throws IOException {
        Path p = npy("descr.npy", "{'descr': '<f99999999999', 'fortran_order': False, 'shape': (2, 2), }", 32);
        assertThatThrownBy(() -> ThicknessMapFiles.read(p, PIXEL)).isInstanceOf(InputException.class)
                .hasMessageContaining("descr.npy (byte 10)");
    }

    @Test
    void npyShapeWhoseProductOverflows() throws IOException {
        // 3037000500^2 overflows a long to a negative count: NegativeArraySizeException before.
        Path p = npy("overflow.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (3037000500, 3037000500), }", 64);
        assertThatThrownBy(() -> ThicknessMapFiles.read(p, PIXEL)).isInstanceOf(InputException.class)
                .hasMessageContaining("too large for one map");
        Path zero = npy("zero.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }", 64);
        assertThatThrownBy(() -> ThicknessMapFiles.read(zero, PIXEL)).hasMessageContaining("too large for one map");
    }

    @Test
    void npyHeaderLongerThanTheFile() throws IOException {
        Path p = npy("header.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1), }", 8);
        byte[] b = Files.readAllBytes(p);
        b[8] = (byte) 0xff;
        b[9] = (byte) 0xff;
        Files.write(p, b);
        assertThatThrownBy(() -> ThicknessMapFiles.read(p, PIXEL)).hasMessageContaining("does not fit");
    }

    @Test
    void csvNumbersBeyondDoubleAreErrorsNotInfinity() throws IOException {
        Path value = dir.resolve("value.csv");
        Files.writeString(value, "# pixel_size = 1 um\n1,2\n3,1e309\n");
        assertThatThrownBy(() -> ThicknessMapFiles.read(value)).isInstanceOf(InputException.class)
                .hasMessageContaining("line 3, column 2").hasMessageContaining("not a finite");
        Path pixel = dir.resolve("pixel.csv");
        Files.writeString(pixel, "# pixel_size = 1e309 um\n1,2\n");
        assertThatThrownBy(() -> ThicknessMapFiles.read(pixel)).isInstanceOf(InputException.class)
                .hasMessageContaining("pixel.csv:1 pixel_size").hasMessageContaining("too large");
    }
}
