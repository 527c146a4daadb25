package org.anodefree.io.tiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.anodefree.InputException;
import org.anodefree.io.map.MapReadOptions;
import org.anodefree.io.map.ThicknessMapFiles;
import org.anodefree.io.volume.TiffVolume;
import org.anodefree.tomo.VolumeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TIFF files of issue 16 that crashed ImageJ, made it allocate gigabytes, hang, print on our
 * standard output or read corrupt data as zeros: each must now be one InputException that names the file
 * and what is wrong, through both the map and the volume reader.
 */
class TiffReproducersTest {
    private static final MapReadOptions PIXEL = new MapReadOptions(1e-6, null);

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** Both readers reject the file with a message holding every one of {@code parts}; nothing reaches stdout. */
    private void rejected(Path file, String... parts) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> ThicknessMapFiles.read(file, PIXEL)).isInstanceOf(InputException.class)
                    .hasMessageContaining(file.toString()).hasMessageContainingAll(parts);
            assertThatThrownBy(() -> {
                try (VolumeSource v = TiffVolume.open(file)) {
                    float[] slice = new float[v.width() * v.height()];
                    for (int z = 0; z < v.depth(); z++) {
                        v.readSlice(z, slice);
                    }
                }
            }).isInstanceOf(InputException.class).hasMessageContaining(file.toString()).hasMessageContainingAll(parts);
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).as("standard output").isEmpty();
    }

    private static byte[] zeros(int n) {
        return new byte[n];
    }

    @Test
    void imageJDescriptionClaimingTwoBillionImages() throws IOException {
        byte[] b = TiffBytes.grey(4, 4, 32, true, 1, zeros(64))
                .text(270, "ImageJ=1.54p\nimages=2000000000\nslices=2000000000\n").build();
        rejected(write("images.tif", b), "claims 2000000000 slices", "images=");
    }

    @Test
    void stackClaimingNineHundredThousandSlicesInTwoKilobytes() throws IOException {
        byte[] b = TiffBytes.grey(16, 16, 32, true, 1, zeros(1024))
                .text(270, "ImageJ=1.54p\nimages=999999\nslices=999999\n").build();
        assertThat(b.length).isLessThan(2048);
        rejected(write("slices.tif", b), "claims 999999 slices");
    }

    @Test
    void hugeStripOffsetCount() throws IOException {
        byte[] b = TiffBytes.grey(4, 4, 8, false, 1, zeros(16)).set(273, TiffBytes.LONG, 0x7fffffffL, 8).build();
        rejected(write("strips.tif", b), "tag 273", "2147483647 values", "past the end");
    }

    @Test
    void hugeStripByteCountCountThatTookHalfAMinuteToReject() throws IOException {
        byte[] b = TiffBytes.grey(4, 4, 8, false, 1, zeros(16)).set(279, TiffBytes.LONG, 1L << 28, 8).build();
        assertThat(b.length).isLessThan(700);
        rejected(write("counts.tif", b), "tag 279", "268435456 values");
    }

    @Test
    void hugeDescriptionLength() throws IOException {
        byte[] b = TiffBytes.grey(4, 4, 8, false, 1, zeros(16)).set(270, TiffBytes.ASCII, 0xfffffff0L, 8).build();
        rejected(write("text.tif", b), "tag 270");
    }

    @Test
    void fourGigabyteImageInAFewHundredBytes() throws IOException {
        Deflater d = new Deflater();
        d.setInput(zeros(4096));
        d.finish();
        byte[] strip = new byte[512];
        int n = d.deflate(strip);
        byte[] compressed = TiffBytes.grey(32768, 32768, 32, true, 8, Arrays.copyOf(strip, n)).build();
        assertThat(compressed.length).isLessThan(700);
        rejected(write("bomb.tif", compressed), "cannot hold a 32768 x 32768 image");
        byte[] raw = TiffBytes.grey(32768, 32768, 32, true, 1, zeros(64)).build();
        rejected(write("raw-bomb.tif", raw), "ends at byte");
    }

    @Test
    void negativeHeightIsNamedNotAnEmptyVolume() throws IOException {
        byte[] b = TiffBytes.grey(12, 4, 8, false, 1, zeros(48)).set(257, TiffBytes.LONG, 1, 0xffffffffL).build();
        rejected(write("height.tif", b), "12 x -1 pixels", "tags 256, 257");
    }

    @Test
    void corruptPackBitsThatRanOffItsArray() throws IOException {
        // A literal run of 128 bytes with one byte left: ImageJ's decoder read past its input.
        byte[] b = TiffBytes.grey(4, 4, 8, false, 32773, new byte[] {127, 5}).build();
        rejected(write("packbits.tif", b), "PackBits data of strip 0 are corrupt");
    }

    @Test
    void corruptLzwThatOverflowedItsTable() throws IOException {
        // No clear code in 25,000 zero bytes: ImageJ's table grew past its 16,384 entries.
        byte[] b = TiffBytes.grey(1000, 1000, 8, false, 5, zeros(25_000)).build();
        rejected(write("lzw.tif", b), "LZW data of strip 0 are corrupt");
    }

    @Test
    void compressedWithoutStripByteCountsThatGaveANullPointer() throws IOException {
        byte[] b = TiffBytes.grey(4, 4, 8, false, 5, zeros(16)).remove(279).build();
        rejected(write("nocounts.tif", b), "byte counts (tag 279) are missing");
    }

    @Test
    void corruptDeflateDataNoLongerReadAsZeros() throws IOException {
        float[] values = new float[64 * 64];
        Arrays.fill(values, 20f);
        Deflater d = new Deflater();
        d.setInput(TiffBytes.floats(values));
        d.finish();
        byte[] strip = new byte[values.length * 4];
        int n = d.deflate(strip);
        byte[] good = TiffBytes.grey(64, 64, 32, true, 8, Arrays.copyOf(strip, n)).build();
        assertThat(ThicknessMapFiles.read(write("good.tif", good), PIXEL).thicknessMeters(10)).isCloseTo(20e-6, within(1e-18));
        byte[] corrupt = good.clone();
        for (int i = 10; i < Math.min(n, 40); i++) {
            corrupt[8 + i] ^= (byte) 0x5a;
        }
        rejected(write("corrupt.tif", corrupt), "slice 0");
        // Cut short, the stream used to make ImageJ's inflater loop for ever.
        byte[] cut = TiffBytes.grey(64, 64, 32, true, 8, Arrays.copyOf(strip, n / 2)).build();
        rejected(write("cut.tif", cut), "Deflate data of strip 0 end before the stream does");
    }

    @Test
    void spacingThatIsNotANumber() throws IOException {
        byte[] b = TiffBytes.grey(4, 4, 32, true, 1, zeros(64))
                .text(270, "ImageJ=1.54p\nunit=micron\nspacing=abc\n").build();
        rejected(write("spacing.tif", b), "spacing=abc is not a finite number");
    }

    @Test
    void floatingPointPredictorThatImageJOnlyPrinted() throws IOException {
        byte[] b = TiffBytes.grey(4, 4, 32, true, 8, zeros(64)).set(317, TiffBytes.SHORT, 1, 3).build();
        rejected(write("predictor.tif", b), "predictor 3");
    }

    @Test
    void directoryChainThatLoops() throws IOException {
        byte[] b = TiffBytes.grey(4, 4, 8, false, 1, zeros(16)).build();
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int ifd = bb.getInt(4);
        bb.putInt(b.length - 4, ifd);
        rejected(write("loop.tif", b), "points back to byte " + ifd);
    }

    @Test
    void truncatedFileNamesTheByte() throws IOException {
        byte[] b = TiffBytes.grey(4, 4, 8, false, 1, zeros(16)).build();
        rejected(write("cut.tif", Arrays.copyOf(b, b.length - 10)), "byte");
        rejected(write("tiny.tif", new byte[] {'I', 'I', 42}), "8-byte header");
    }
}
