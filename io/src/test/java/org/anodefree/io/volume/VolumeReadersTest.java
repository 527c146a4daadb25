package org.anodefree.io.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.anodefree.InputException;
import org.anodefree.map.ThicknessMap;
import org.anodefree.tomo.ExtractionOptions;
import org.anodefree.tomo.ProgressListener;
import org.anodefree.tomo.SampleType;
import org.anodefree.tomo.Segmentation;
import org.anodefree.tomo.ThicknessExtraction;
import org.anodefree.tomo.ThicknessExtractor;
import org.anodefree.tomo.VolumeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VolumeReadersTest {
    static final int W = 7;
    static final int H = 5;
    static final int D = 4;

    @TempDir
    Path dir;

    /** A distinct value per voxel that fits 8 bits. */
    static int value(int x, int y, int z) {
        return (x * 3 + y * 17 + z * 41) % 251;
    }

    private static void assertVolume(VolumeSource v, double scale) {
        assertThat(v.width()).isEqualTo(W);
        assertThat(v.height()).isEqualTo(H);
        assertThat(v.depth()).isEqualTo(D);
        float[] s = new float[W * H];
        // Backwards, then forwards, then one slice again: any order reads the same values.
        int[] order = new int[2 * D + 1];
        for (int k = 0; k < D; k++) {
            order[k] = D - 1 - k;
            order[D + k] = k;
        }
        order[2 * D] = 1;
        for (int z : order) {
            v.readSlice(z, s);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    assertThat((double) s[y * W + x]).isEqualTo(value(x, y, z) * scale);
                }
            }
        }
    }

    private static ImageProcessor slice(int bits, int z, double scale) {
        ImageProcessor ip = bits == 8 ? new ByteProcessor(W, H) : bits == 16 ? new ShortProcessor(W, H) : new FloatProcessor(W, H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                ip.putPixelValue(x, y, value(x, y, z) * scale);
            }
        }
        return ip;
    }

    private Path imageJStack(int bits, double scale, String unit, double voxel) {
        ImageStack st = new ImageStack(W, H);
        for (int z = 0; z < D; z++) {
            st.addSlice(slice(bits, z, scale));
        }
        ImagePlus imp = new ImagePlus("v", st);
        if (unit != null) {
            Calibration c = imp.getCalibration();
            c.pixelWidth = voxel;
            c.pixelHeight = voxel;
            c.pixelDepth = voxel;
            c.setUnit(unit);
        }
        Path p = dir.resolve("stack" + bits + ".tif");
        assertThat(new FileSaver(imp).saveAsTiffStack(p.toString())).isTrue();
        return p;
    }

    @Test
    void imageJStacksOf8And16BitIntegerAnd32BitFloatReadSliceBySlice() {
        try (VolumeSource v = TiffVolume.open(imageJStack(8, 1, null, 0))) {
            assertThat(v.sampleType()).isEqualTo(SampleType.UINT8);
            assertThat(v.voxelSizeMeters()).isEmpty();
            assertVolume(v, 1);
        }
        try (VolumeSource v = TiffVolume.open(imageJStack(16, 200, "micron", 1.7))) {
            assertThat(v.sampleType()).isEqualTo(SampleType.UINT16);
            assertThat(v.voxelSizeMeters().getAsDouble()).isCloseTo(1.7e-6, within(1e-15));
            assertVolume(v, 200);
        }
        try (VolumeSource v = TiffVolume.open(imageJStack(32, 0.5, "mm", 0.002))) {
            assertThat(v.sampleType()).isEqualTo(SampleType.FLOAT32);
            assertThat(v.voxelSizeMeters().getAsDouble()).isCloseTo(2e-6, within(1e-15));
            assertVolume(v, 0.5);
        }
    }

    @Test
    void genericMultiPageTiffWithoutImageJMetadata() throws IOException {
        for (String compression : new String[] {null, "LZW", "Deflate", "PackBits"}) {
            genericMultiPage(compression);
        }
    }

    private void genericMultiPage(String compression) throws IOException {
        Path p = dir.resolve("generic-" + compression + ".tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        if (compression != null) {
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression);
        }
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(p))) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int z = 0; z < D; z++) {
                BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_USHORT_GRAY);
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        img.getRaster().setSample(x, y, 0, value(x, y, z) * 100);
                    }
                }
                writer.writeToSequence(new IIOImage(img, null, null), param);
            }
            writer.endWriteSequence();
        }
        writer.dispose();
        try (VolumeSource v = TiffVolume.open(p)) {
            assertThat(v.sampleType()).isEqualTo(SampleType.UINT16);
            assertThat(v.voxelSizeMeters()).isEmpty();
            assertVolume(v, 100);
        }
    }

    @Test
    void folderOfSlicesInNaturalOrder() {
        Path folder = dir.resolve("slices");
        for (int z = 0; z < D; z++) {
            ImagePlus imp = new ImagePlus("s", slice(8, z, 1));
            // Names sort wrongly as text (s10 < s2); natural order puts them right.
            String name = "s" + (z == 0 ? "2" : z == 1 ? "9" : z == 2 ? "10" : "100") + ".tif";
            folder.toFile().mkdirs();
            assertThat(new FileSaver(imp).saveAsTiff(folder.resolve(name).toString())).isTrue();
        }
        try (VolumeSource v = VolumeFiles.open(folder, null)) {
            assertThat(v).isInstanceOf(TiffFolderVolume.class);
            assertVolume(v, 1);
        }
        assertThat(TiffFolderVolume.natural("a02b", "a2c")).isLessThan(0);
    }

    private Path raw(SampleType type, boolean bigEndian, double scale) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(W * H * D * type.bytes())
                .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (int z = 0; z < D; z++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    double v = value(x, y, z) * scale;
                    switch (type) {
                        case UINT8 -> b.put((byte) v);
                        case UINT16 -> b.putShort((short) v);
                        default -> b.putFloat((float) v);
                    }
                }
            }
        }
        Path p = dir.resolve("v-" + type + bigEndian + ".raw");
        Files.write(p, b.array());
        return p;
    }

    @Test
    void rawVolumesOfEveryTypeAndByteOrder() throws IOException {
        for (SampleType t : SampleType.values()) {
            for (boolean big : new boolean[] {false, true}) {
                double scale = t == SampleType.UINT16 ? 250 : t == SampleType.FLOAT32 ? -0.25 : 1;
                RawLayout layout = RawLayout.parse(W + "," + H + "," + D, t.name().toLowerCase(), big);
                Path file = raw(t, big, scale);
                try (VolumeSource v = VolumeFiles.open(file, layout)) {
                    assertThat(v.sampleType()).isEqualTo(t);
                    assertVolume(v, scale);
                }
                try (VolumeSource v = RawVolume.open(file, layout)) {
                    assertVolume(v, scale);
                }
            }
        }
    }

    @Test
    void rawIntegerLevelsEqualTheFloatSlicesInAnyOrderAndMix() throws IOException {
        // Forwards, backwards, repeats, and levels and floats alternating: the read-ahead slice
        // must be the right one whichever kind of read asked for it.
        int[] order = {0, 1, 2, 3, 3, 2, 0, 1, 2, 1, 3};
        for (SampleType t : SampleType.values()) {
            for (boolean big : new boolean[] {false, true}) {
                double scale = t == SampleType.UINT16 ? 250 : t == SampleType.FLOAT32 ? -0.25 : 1;
                RawLayout layout = RawLayout.parse(W + "," + H + "," + D, t.name().toLowerCase(), big);
                Path file = raw(t, big, scale);
                for (boolean prefetch : new boolean[] {false, true}) {
                    try (VolumeSource v = prefetch ? RawVolume.openPrefetching(file, layout) : RawVolume.open(file, layout)) {
                        assertThat(v.readsLevels()).isEqualTo(t != SampleType.FLOAT32);
                        if (!v.readsLevels()) {
                            assertThatThrownBy(() -> v.readLevels(0, new byte[2 * W * H]))
                                    .isInstanceOf(UnsupportedOperationException.class);
                            continue;
                        }
                        byte[] levels = new byte[2 * W * H];
                        float[] floats = new float[W * H];
                        for (int k = 0; k < order.length; k++) {
                            int z = order[k];
                            if (k % 3 == 2) {
                                v.readSlice(z, floats);
                            } else {
                                v.readLevels(z, levels);
                                for (int i = 0; i < W * H; i++) {
                                    floats[i] = (levels[2 * i] & 0xff) | (levels[2 * i + 1] & 0xff) << 8;
                                }
                            }
                            for (int y = 0; y < H; y++) {
                                for (int x = 0; x < W; x++) {
                                    assertThat((double) floats[y * W + x]).as("%s z=%d", t, z)
                                            .isEqualTo(value(x, y, z) * scale);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void clearErrorsForBadInput() throws IOException {
        Path p = raw(SampleType.UINT16, false, 1);
        assertThatThrownBy(() -> RawVolume.open(p, RawLayout.parse("7,5,5", "uint16", false)))
                .isInstanceOf(InputException.class).hasMessageContaining("needs 350").hasMessageContaining("has 280");
        assertThatThrownBy(() -> RawLayout.parse("7,5", "uint16", false)).isInstanceOf(InputException.class)
                .hasMessageContaining("three sizes");
        assertThatThrownBy(() -> RawLayout.parse("7,5,4", "int64", false)).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown voxel type 'int64'");
        try (VolumeSource v = VolumeFiles.open(p, RawLayout.parse("7,5,4", "uint16", false))) {
            assertThatThrownBy(() -> VolumeFiles.voxelSizeMeters(v, Double.NaN)).isInstanceOf(InputException.class)
                    .hasMessageContaining("voxel size is not in the file").hasMessageContaining("--voxel");
            assertThat(VolumeFiles.voxelSizeMeters(v, 3e-6)).isEqualTo(3e-6);
        }
        Path notTiff = dir.resolve("x.tif");
        Files.writeString(notTiff, "hello");
        assertThatThrownBy(() -> TiffVolume.open(notTiff)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> VolumeFiles.open(dir.resolve("missing.tif"), null)).isInstanceOf(InputException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void labelTiffBecomesTheThicknessMapItHolds() {
        // Collector (1) below z = 3, Li (2) of thickness 1 + (x + y) % 5 voxels, electrolyte (3) above.
        int w = 12;
        int h = 9;
        int d = 14;
        ImageStack st = new ImageStack(w, h);
        for (int z = 0; z < d; z++) {
            ByteProcessor bp = new ByteProcessor(w, h);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int t = 1 + (x + y) % 5;
                    bp.set(x, y, z < 3 ? 1 : z < 3 + t ? 2 : 3);
                }
            }
            st.addSlice(bp);
        }
        ImagePlus imp = new ImagePlus("labels", st);
        Calibration c = imp.getCalibration();
        c.pixelWidth = c.pixelHeight = c.pixelDepth = 1.7;
        c.setUnit("micron");
        Path p = dir.resolve("labels.tif");
        new FileSaver(imp).saveAsTiffStack(p.toString());
        try (VolumeSource v = VolumeFiles.open(p, null)) {
            double voxel = VolumeFiles.voxelSizeMeters(v, Double.NaN);
            ExtractionOptions o = ExtractionOptions.defaults(new Segmentation.Label(2)).withMinComponentVoxels(2);
            ThicknessExtraction e = ThicknessExtractor.extract(v, o, voxel, ProgressListener.NONE);
            ThicknessMap m = e.countThickness();
            assertThat(m.pixelSizeMeters()).isCloseTo(1.7e-6, within(1e-15));
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    assertThat(m.thicknessMeters(y, x)).isCloseTo((1 + (x + y) % 5) * 1.7e-6, within(1e-12));
                }
            }
        }
    }
}
