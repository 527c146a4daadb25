package org.anodefree.io.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.anodefree.fuzz.FileFuzz;
import org.anodefree.fuzz.FuzzRun;
import org.anodefree.fuzz.Mutator;
import org.anodefree.io.tiff.TiffBytes;
import org.anodefree.map.ThicknessMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutants of CSV, TIFF and NPY thickness maps ({@link FuzzRun#mutants()} per format): each is read or
 * rejected with an InputException, within the time limit and without running out of memory.
 */
class MapReadersFuzzTest {
    @TempDir
    Path dir;

    /** A small map with a hole in its mask and values across the decades of a real one. */
    static ThicknessMap seedMap() {
        int w = 7;
        int h = 5;
        double[] t = new double[w * h];
        boolean[] inside = new boolean[w * h];
        for (int i = 0; i < t.length; i++) {
            t[i] = (1 + i % 9) * 3.1e-6;
            inside[i] = i != 12;
        }
        return new ThicknessMap(w, h, 1.7e-6, t, inside);
    }

    private byte[] written(String name) throws IOException {
        Path p = dir.resolve(name);
        ThicknessMapFiles.write(p, seedMap());
        return Files.readAllBytes(p);
    }

    /** Reads with everything from the file, or with the pixel size given (so that most mutants get past it). */
    private static void read(Path file) {
        ThicknessMap m;
        try {
            m = ThicknessMapFiles.read(file);
        } catch (org.anodefree.InputException e) {
            m = ThicknessMapFiles.read(file, new MapReadOptions(1e-6, null));
        }
        // What is read is a thickness map: no value that is not one slips through.
        assertThat(m.pixelSizeMeters()).isPositive().isFinite();
        for (int i = 0; i < m.size(); i++) {
            if (m.isInside(i)) {
                assertThat(m.thicknessMeters(i)).isFinite().isNotNegative();
            }
        }
    }

    @Test
    void csvMaps() throws IOException {
        List<byte[]> seeds = List.of(written("seed.csv"), "# pixel_size = 2 um\n1;2;3\n\n4;5;6\n".getBytes(),
                "0.5 1.5\t2.5\n3.5 4.5 5.5\n".getBytes());
        Path work = Files.createDirectories(dir.resolve("csv"));
        check(FileFuzz.run("csv map", seeds, FileFuzz.Mutation.text(), work, ".csv", MapReadersFuzzTest::read));
    }

    @Test
    void tiffMaps() throws IOException {
        List<byte[]> seeds = new ArrayList<>(List.of(written("seed.tif"),
                TiffBytes.grey(3, 2, 8, false, 1, new byte[] {1, 2, 3, 4, 5, 6}).build()));
        for (String compression : new String[] {"LZW", "Deflate", "PackBits"}) {
            seeds.add(imageIo(compression));
        }
        Path work = Files.createDirectories(dir.resolve("tif"));
        check(FileFuzz.run("tiff map", seeds, FileFuzz.Mutation.binary(TiffBytes::fields), work, ".tif",
                MapReadersFuzzTest::read));
    }

    @Test
    void npyMaps() throws IOException {
        byte[] npy = written("seed.npy");
        Path work = Files.createDirectories(dir.resolve("npy"));
        // The header's length and version as bytes; then every number of its dictionary as text.
        FuzzRun.Outcome bytes = FileFuzz.run("npy map", List.of(npy), FileFuzz.Mutation.binary(b -> List.of(
                new Mutator.Field(8, 2, ByteOrder.LITTLE_ENDIAN), new Mutator.Field(6, 2, ByteOrder.LITTLE_ENDIAN))),
                work, ".npy", MapReadersFuzzTest::read);
        check(bytes);
        FuzzRun.Outcome header = FileFuzz.run("npy map header", List.of(npy), MapReadersFuzzTest::npyHeader, work, ".npy",
                MapReadersFuzzTest::read);
        check(header);
    }

    /** The dictionary of an .npy header mutated as text (its numbers, e.g. the shape), the data left as they are. */
    private static byte[] npyHeader(Mutator m, byte[] npy) {
        int length = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        String header = new String(npy, 10, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] mutated = m.mutateText(header).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int written = m.random().nextInt(4) == 0 ? length : mutated.length; // a stale length now and then
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(npy, 0, 8);
        out.write(written & 0xff);
        out.write(written >> 8 & 0xff);
        out.writeBytes(mutated);
        out.write(npy, 10 + length, npy.length - 10 - length);
        return out.toByteArray();
    }

    /** A 16-bit grey TIFF written by the JDK's writer with the given compression (Java's own layout of strips). */
    private static byte[] imageIo(String compression) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(compression);
        BufferedImage img = new BufferedImage(9, 7, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 9; x++) {
                img.getRaster().setSample(x, y, 0, (x * 7 + y * 3) % 40);
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        }
        writer.dispose();
        return bytes.toByteArray();
    }

    private static void check(FuzzRun.Outcome o) {
        o.check();
    }
}
