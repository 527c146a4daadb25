package org.anodefree.tomo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The streamed union-find filtering against a plain in-memory flood fill on random volumes. */
class ComponentFilterPropertyTest {

    /** A random binary volume held in memory (test only). */
    record RandomVolume(int w, int h, int d, byte[] li) implements VolumeSource {
        static RandomVolume of(int w, int h, int d, double density, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            byte[] v = new byte[w * h * d];
            for (int i = 0; i < v.length; i++) {
                v[i] = r.nextDouble() < density ? (byte) 1 : 0;
            }
            return new RandomVolume(w, h, d, v);
        }

        @Override public int width() { return w; }
        @Override public int height() { return h; }
        @Override public int depth() { return d; }
        @Override public SampleType sampleType() { return SampleType.UINT8; }
        @Override public OptionalDouble voxelSizeMeters() { return OptionalDouble.empty(); }
        @Override public String name() { return "random"; }

        @Override
        public void readSlice(int z, float[] out) {
            for (int i = 0; i < w * h; i++) {
                out[i] = li[z * w * h + i];
            }
        }
    }

    @Property(tries = 60)
    void streamedFilteringEqualsFloodFill(@ForAll @IntRange(min = 1, max = 9) int w,
            @ForAll @IntRange(min = 1, max = 8) int h, @ForAll @IntRange(min = 2, max = 9) int d,
            @ForAll @IntRange(min = 10, max = 60) int densityPercent, @ForAll @LongRange(min = 0, max = 12) long minSize,
            @ForAll boolean removeDetached, @ForAll long seed) {
        RandomVolume v = RandomVolume.of(w, h, d, densityPercent / 100.0, seed);
        ExtractionOptions o = ExtractionOptions.defaults(new Segmentation.Label(1)).withMinComponentVoxels(minSize);
        o = new ExtractionOptions(o.segmentation(), Axis.Z, CollectorSide.LOW, false, minSize, removeDetached,
                o.attachToleranceVoxels(), 1);
        long total = 0;
        for (byte b : v.li()) {
            total += b;
        }
        if (total == 0) {
            return;
        }
        ThicknessExtraction e = ThicknessExtractor.extract(v, o, 1.0, ProgressListener.NONE);

        // Brute force: 6-connected flood fill over the whole volume.
        int n = w * h * d;
        int[] comp = new int[n];
        java.util.Arrays.fill(comp, -1);
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (v.li()[s] == 0 || comp[s] >= 0) {
                continue;
            }
            int id = sizes.size();
            int size = 0;
            comp[s] = id;
            queue.add(s);
            while (!queue.isEmpty()) {
                int c = queue.poll();
                size++;
                int x = c % w;
                int y = (c / w) % h;
                int z = c / (w * h);
                int[][] nb = {{x - 1, y, z}, {x + 1, y, z}, {x, y - 1, z}, {x, y + 1, z}, {x, y, z - 1}, {x, y, z + 1}};
                for (int[] q : nb) {
                    if (q[0] < 0 || q[0] >= w || q[1] < 0 || q[1] >= h || q[2] < 0 || q[2] >= d) {
                        continue;
                    }
                    int k = q[2] * w * h + q[1] * w + q[0];
                    if (v.li()[k] != 0 && comp[k] < 0) {
                        comp[k] = id;
                        queue.add(k);
                    }
                }
            }
            sizes.add(size);
        }
        // Attachment: components owning a column's lowest Li voxel near the surface fitted to all lowest voxels.
        int[] bottom = new int[w * h];
        int[] bottomComp = new int[w * h];
        boolean[] has = new boolean[w * h];
        for (int j = 0; j < w * h; j++) {
            for (int z = 0; z < d; z++) {
                if (v.li()[z * w * h + j] != 0) {
                    bottom[j] = z;
                    bottomComp[j] = comp[z * w * h + j];
                    has[j] = true;
                    break;
                }
            }
        }
        InterfaceSurface rough = InterfaceSurface.fit(1, bottom, has, w, h);
        boolean[] attached = new boolean[sizes.size()];
        for (int j = 0; j < w * h; j++) {
            if (has[j] && Math.abs(bottom[j] - rough.depthAt(j % w, j / w)) <= o.attachToleranceVoxels()) {
                attached[bottomComp[j]] = true;
            }
        }
        long specks = 0;
        long detached = 0;
        int[] count = new int[w * h];
        for (int s = 0; s < n; s++) {
            if (v.li()[s] == 0) {
                continue;
            }
            int c = comp[s];
            if (sizes.get(c) >= minSize && (!removeDetached || attached[c])) {
                count[s % (w * h)]++;
            }
        }
        for (int c = 0; c < sizes.size(); c++) {
            if (sizes.get(c) < minSize) {
                specks++;
            } else if (removeDetached && !attached[c]) {
                detached++;
            }
        }
        boolean filtering = minSize > 1 || removeDetached;
        assertThat(e.components().components()).isEqualTo(filtering ? sizes.size() : 0);
        assertThat(e.components().speckComponents()).isEqualTo(specks);
        assertThat(e.components().detachedComponents()).isEqualTo(detached);
        for (int j = 0; j < w * h; j++) {
            double expected = count[j] * e.surface().cosineAt(j % w, j / w);
            assertThat(e.countThickness().thicknessMeters(j)).isCloseTo(expected, within(1e-9));
        }
    }
}
