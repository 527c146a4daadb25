package org.anodefree.io.volume;

import static org.assertj.core.api.Assertions.assertThat;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.anodefree.fuzz.FileFuzz;
import org.anodefree.fuzz.FuzzRun;
import org.anodefree.fuzz.Mutator;
import org.anodefree.io.tiff.TiffBytes;
import org.anodefree.tomo.VolumeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutants of tomography volumes ({@link FuzzRun#mutants()} per kind): multi-page TIFF (ImageJ stacks of 8,
 * 16 and 32 bits, the JDK's LZW, Deflate and PackBits pages), raw files with right and wrong layouts, and
 * folders of slices with one slice mutated. Each is opened and every slice read, or it is rejected with an
 * InputException, within the time limit and without running out of memory.
 */
class VolumeReadersFuzzTest {
    static final int W = 6;
    static final int H = 5;
    static final int D = 3;

    @TempDir
    Path dir;

    /** Opens a volume and reads every slice (and the voxel size, which may be absent). */
    static void readAll(Path path, RawLayout layout) {
        try (VolumeSource v = VolumeFiles.open(path, layout)) {
            v.voxelSizeMeters();
            float[] slice = new float[v.width() * v.height()];
            for (int z = 0; z < v.depth(); z++) {
                v.readSlice(z, slice);
            }
        }
    }

    private byte[] imageJStack(int bits) throws IOException {
        ImageStack st = new ImageStack(W, H);
        for (int z = 0; z < D; z++) {
            ImageProcessor ip = bits == 8 ? new ByteProcessor(W, H) : bits == 16 ? new ShortProcessor(W, H)
                    : new FloatProcessor(W, H);
            for (int i = 0; i < W * H; i++) {
                ip.putPixelValue(i % W, i / W, (i * 7 + z * 13) % 200);
            }
            st.addSlice(ip);
        }
        ImagePlus imp = new ImagePlus("v", st);
        Calibration c = imp.getCalibration();
        c.pixelWidth = c.pixelHeight = c.pixelDepth = 1.7;
        c.setUnit("micron");
        Path p = dir.resolve("stack" + bits + ".tif");
        assertThat(new FileSaver(imp).saveAsTiffStack(p.toString())).isTrue();
        return Files.readAllBytes(p);
    }

    private static byte[] imageIoPages(String compression) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(compression);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int z = 0; z < D; z++) {
                BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
                for (int i = 0; i < W * H; i++) {
                    img.getRaster().setSample(i % W, i / W, 0, (i * 5 + z) % 60);
                }
                writer.writeToSequence(new IIOImage(img, null, null), param);
            }
            writer.endWriteSequence();
        }
        writer.dispose();
        return bytes.toByteArray();
    }

    private List<byte[]> tiffSeeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>(List.of(imageJStack(8), imageJStack(16), imageJStack(32)));
        for (String compression : new String[] {"LZW", "Deflate", "PackBits"}) {
            seeds.add(imageIoPages(compression));
        }
        return seeds;
    }

    @Test
    void multiPageTiff() throws IOException {
        Path work = Files.createDirectories(dir.resolve("tif"));
        check(FileFuzz.run("tiff volume", tiffSeeds(), FileFuzz.Mutation.binary(TiffBytes::fields), work, ".tif",
                f -> readAll(f, null)));
    }

    @Test
    void folderOfSlicesWithOneMutated() throws IOException {
        byte[] good = TiffBytes.grey(W, H, 8, false, 1, new byte[W * H]).build();
        List<byte[]> seeds = List.of(good, imageIoPages("LZW"), imageJStack(8));
        FuzzRun.Outcome o = FuzzRun.run("tiff folder", FuzzRun.mutants(), i -> {
            byte[] seed = seeds.get(i % seeds.size());
            return new Mutator(i).mutate(seed, TiffBytes.fields(seed));
        }, (i, bytes) -> {
            Path folder = Files.createDirectories(dir.resolve("folder-" + i));
            Files.write(folder.resolve("s1.tif"), good);
            Files.write(folder.resolve("s2.tif"), bytes);
            Files.write(folder.resolve("s10.tif"), good);
            readAll(folder, null);
        });
        check(o);
    }

    @Test
    void rawWithRightAndWrongLayouts() {
        byte[] seed = new byte[W * H * D * 2];
        new Random(3).nextBytes(seed);
        List<String> shapes = List.of(W + "," + H + "," + D, W + "," + H + "," + (D * 2), (W * H) + ",1," + (2 * D),
                W + "," + H + ",-" + D, "0," + H + "," + D, "99999999999,1,1", "2147483647,2147483647,2147483647",
                W + "," + H, "a,b,c", " " + W + " , " + H + " , " + D + " ", "");
        List<String> types = List.of("uint8", "uint16", "float32", "u16", "int64", "", "UINT16");
        FuzzRun.Outcome o = FuzzRun.run("raw volume", FuzzRun.mutants(), i -> new Mutator(i).mutate(seed, List.of()),
                (i, bytes) -> {
                    Mutator m = new Mutator(~i);
                    Path file = dir.resolve("mutant-" + i + ".raw");
                    Files.write(file, m.random().nextInt(3) == 0 ? bytes : seed);
                    try {
                        readAll(file, RawLayout.parse(m.pick(shapes), m.pick(types), m.random().nextBoolean()));
                    } finally {
                        Files.deleteIfExists(file);
                    }
                });
        check(o);
    }

    private static void check(FuzzRun.Outcome o) {
        o.check();
    }
}
