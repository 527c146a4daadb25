package org.anodefree.io.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.anodefree.InputException;
import org.anodefree.tomo.ExtractionOptions;
import org.anodefree.tomo.ProgressListener;
import org.anodefree.tomo.SampleType;
import org.anodefree.tomo.Segmentation;
import org.anodefree.tomo.ThicknessExtraction;
import org.anodefree.tomo.ThicknessExtractor;
import org.anodefree.tomo.VolumeSource;

/**
 * The raw reader with its fast paths (mapped windows of slices, the next one faulted in on a thread,
 * unmapped when left; slices counted in place; 8/16-bit levels
 * handed out without floats, thresholded and counted in the integer domain, Otsu's histogram
 * from the levels) against a brute-force reference: the same voxels generated in memory and
 * offered only as float slices, so the extractor takes its general path. Random small volumes of
 * every sample type in both byte orders, every kind of rule, with and without component filters.
 */
class RawFastPathPropertyTest {

    /** The reference volume: float slices from memory, no integer levels. */
    record InMemory(int width, int height, int depth, SampleType sampleType, float[][] slices, String name)
            implements VolumeSource {
        @Override
        public OptionalDouble voxelSizeMeters() {
            return OptionalDouble.empty();
        }

        @Override
        public void readSlice(int z, float[] out) {
            System.arraycopy(slices[z], 0, out, 0, width * height);
        }
    }

    /**
     * A layered cell (collector at the top level, a Li band low, electrolyte between) over a
     * bottom that steps with x and y, with a tenth of the voxels replaced by random values so
     * every rule meets voxels on both sides of it.
     */
    static float[][] cell(int w, int h, int d, SampleType type, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float max = type == SampleType.UINT8 ? 255 : type == SampleType.UINT16 ? 65535 : 60000;
        float[][] s = new float[d][w * h];
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int bottom = 1 + (x + 2 * y) / 9;
                    float v = z < bottom ? max : z < bottom + 3 ? (float) Math.floor(max / 7) : (float) Math.floor(max / 3);
                    if (r.nextInt(10) == 0) {
                        v = type == SampleType.FLOAT32 ? (float) r.nextDouble(-500, max + 500)
                                : r.nextInt((int) max + 1);
                    }
                    s[z][y * w + x] = v;
                }
            }
        }
        return s;
    }

    static Path write(float[][] slices, SampleType type, boolean bigEndian) throws IOException {
        int bytes = type == SampleType.UINT8 ? 1 : type == SampleType.UINT16 ? 2 : 4;
        ByteBuffer b = ByteBuffer.allocate(slices.length * slices[0].length * bytes)
                .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (float[] slice : slices) {
            for (float v : slice) {
                switch (type) {
                    case UINT8 -> b.put((byte) (int) v);
                    case UINT16 -> b.putShort((short) (int) v);
                    default -> b.putFloat(v);
                }
            }
        }
        Path p = Files.createTempFile("anodefree-raw-property", ".raw");
        Files.write(p, b.array());
        return p;
    }

    static Segmentation rule(int kind, SampleType type) {
        double max = type == SampleType.UINT8 ? 255 : type == SampleType.UINT16 ? 65535 : 60000;
        return switch (kind) {
            case 0 -> new Segmentation.Threshold(Math.floor(max / 5), true);
            case 1 -> new Segmentation.Threshold(max / 5 + 0.5, true);
            case 2 -> new Segmentation.Threshold(max / 5 - 0.3, false);
            case 3 -> new Segmentation.Threshold(0.6 * max, false); // at or above a level from 32768 for 16-bit
            case 4 -> new Segmentation.Label((int) Math.floor(max / 7));
            case 5 -> new Segmentation.Otsu(true, 2);
            default -> new Segmentation.Otsu(true, 3);
        };
    }

    @Provide
    Arbitrary<SampleType> types() {
        return Arbitraries.of(SampleType.UINT8, SampleType.UINT16, SampleType.FLOAT32);
    }

    /** The result, or the error's message: both paths must agree on either. */
    static Object extract(VolumeSource v, ExtractionOptions o, int threads) {
        try {
            ThicknessExtraction e = new ThicknessExtractor(v, o, 1e-6, ProgressListener.NONE).threads(threads).run();
            return java.util.List.of(e.countThickness(), e.surfaceThickness(), e.components(), e.liColumns(),
                    e.poreColumns(), Double.valueOf(e.tiltDegrees()), Double.valueOf(e.thresholdGreyLevel()));
        } catch (InputException ex) {
            return "error: " + ex.getMessage();
        }
    }

    @Property(tries = 80)
    void rawFastPathEqualsInMemoryFloatReference(@ForAll("types") SampleType type, @ForAll boolean bigEndian,
            @ForAll @IntRange(min = 1, max = 90) int w, @ForAll @IntRange(min = 1, max = 24) int h,
            @ForAll @IntRange(min = 1, max = 10) int d, @ForAll @IntRange(min = 0, max = 6) int kind,
            @ForAll boolean filters, @ForAll @IntRange(min = 1, max = 2) int threads,
            @ForAll @IntRange(min = 1, max = 3) int windowSlices,
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) throws IOException {
        float[][] slices = cell(w, h, d, type, seed);
        Path file = write(slices, type, bigEndian);
        try {
            ExtractionOptions all = ExtractionOptions.defaults(rule(kind, type)).withMinComponentVoxels(3);
            ExtractionOptions o = filters ? all : all.withoutComponentFilters();
            Object reference = extract(new InMemory(w, h, d, type, slices, file.toString()), o, 1);
            Statistics.label("outcome").collect(reference instanceof String ? "error" : "maps");
            RawLayout layout = RawLayout.parse(w + "," + h + "," + d, type.name().toLowerCase(), bigEndian);
            try (VolumeSource raw = RawVolume.open(file, layout, true, windowSlices * layout.sliceBytes())) {
                assertThat(raw.readsLevels()).isEqualTo(type != SampleType.FLOAT32);
                assertThat(extract(raw, o, threads)).isEqualTo(reference);
            }
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 60)
    void mappedWindowsReturnTheAskedSliceInAnyOrder(@ForAll("types") SampleType type, @ForAll boolean bigEndian,
            @ForAll @IntRange(min = 1, max = 12) int d, @ForAll @IntRange(min = 1, max = 4) int windowSlices,
            @ForAll boolean prefetch, @ForAll @LongRange(min = 1, max = 1_000_000) long seed) throws IOException {
        int w = 13;
        int h = 5;
        float[][] slices = cell(w, h, d, type, seed);
        Path file = write(slices, type, bigEndian);
        SplittableRandom r = new SplittableRandom(seed);
        RawLayout layout = RawLayout.parse(w + "," + h + "," + d, type.name().toLowerCase(), bigEndian);
        // windows of a few slices, so reads cross windows, go back to earlier ones and skip ahead
        try (VolumeSource raw = RawVolume.open(file, layout, prefetch, windowSlices * layout.sliceBytes())) {
            float[] floats = new float[w * h];
            byte[] levels = new byte[2 * w * h];
            for (int k = 0; k < 3 * d; k++) {
                // mostly ascending runs (the streaming case), with jumps back and forth
                int z = r.nextInt(4) == 0 ? r.nextInt(d) : k % d;
                java.nio.ByteBuffer inPlace = r.nextInt(3) == 0 ? raw.levelsInPlace(z) : null;
                if (inPlace != null) {
                    for (int i = 0; i < w * h; i++) {
                        floats[i] = (inPlace.get(2 * i) & 0xff) | (inPlace.get(2 * i + 1) & 0xff) << 8;
                    }
                } else if (raw.readsLevels() && r.nextBoolean()) {
                    raw.readLevels(z, levels);
                    for (int i = 0; i < w * h; i++) {
                        floats[i] = (levels[2 * i] & 0xff) | (levels[2 * i + 1] & 0xff) << 8;
                    }
                } else {
                    raw.readSlice(z, floats);
                }
                assertThat(floats).as("slice %d", z).containsExactly(slices[z]);
            }
        } finally {
            Files.delete(file);
        }
    }
}
