package org.anodefree.tomo;

import java.util.BitSet;
import java.util.TreeSet;
import org.anodefree.InputException;
import org.anodefree.map.ThicknessMap;

/**
 * Turns a tomography volume into a Li thickness map, streaming it slice by slice.
 *
 * <p>Passes over the volume: an Otsu threshold first needs one (integer voxels) or two (float)
 * histogram passes. Without component filtering one pass counts Li per column. With it, pass 1
 * labels each slice's 4-connected Li components and links them to the slice below (6-connectivity
 * in 3D) in a {@link ComponentForest}, while recording each column's lowest and highest Li voxel
 * and its label; the collector surface is fitted to the Li bottom (robustly, so specks under the
 * layer do not tilt it); a component is kept when it is large enough and owns the bottom voxel of
 * some column within the attach tolerance of that surface. Pass 2 relabels the slices identically
 * and counts only kept voxels; the surface is refitted to the kept Li.
 *
 * <p>The median filter never computes a median: see {@link MaskedSlices}. The Otsu histogram is of
 * the stored grey levels (see {@link GreyThreshold}).
 *
 * <p>Fast path: an 8/16-bit source that hands out its stored levels ({@link VolumeSource#readsLevels})
 * is thresholded in the integer domain, with no float slice; without component filtering, along z
 * and without the median filter, the threshold is fused with the column count (no mask at all).
 * Results are identical to the float path (tested on random volumes).
 *
 * <p>Memory bound: a few slices (the source's slice as floats or levels, one byte mask and one int label
 * slice for the current and previous slice, a few more slices with the median filter),
 * five ints per map pixel, and 12 bytes plus three bits per 2D component summed over all slices. It
 * never depends on the number of slices except through that last term, which is small for a
 * layer (a few components per slice) and grows only with noise the median filter removes.
 *
 * <p>Thickness along the normal: a layer of normal thickness t over a surface tilted by theta
 * spans t / cos(theta) voxels along the axis, so each column's extent is multiplied by the
 * surface's local cos(theta). The map stays on the voxel grid of the two other axes; for tilts of
 * a few degrees its pixels are shorter than the surface's by 1 - cos(theta) (0.4% at 5 degrees).
 */
public final class ThicknessExtractor {
    private final VolumeSource source;
    private final ExtractionOptions options;
    private final double voxelSizeMeters;
    private final ProgressListener progress;
    private long slicesDone;
    private long slicesTotal;
    private SliceObserver observer;
    private int threads = 1;
    private SliceBands bands;

    /**
     * @param voxelSizeMeters edge of a cubic voxel, m (from the file, or given by the user)
     */
    public ThicknessExtractor(VolumeSource source, ExtractionOptions options, double voxelSizeMeters,
            ProgressListener progress) {
        if (!(voxelSizeMeters > 0) || !Double.isFinite(voxelSizeMeters)) {
            throw new InputException(source.name() + ": voxel size must be a positive length, got "
                    + voxelSizeMeters + " m");
        }
        if (source.width() <= 0 || source.height() <= 0 || source.depth() <= 0) {
            throw new InputException(source.name() + ": volume shape " + source.width() + " x "
                    + source.height() + " x " + source.depth() + " is empty");
        }
        this.source = source;
        this.options = options;
        this.voxelSizeMeters = voxelSizeMeters;
        this.progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** Extracts the thickness maps of {@code source} with the given options. */
    public static ThicknessExtraction extract(VolumeSource source, ExtractionOptions options, double voxelSizeMeters,
            ProgressListener progress) {
        return new ThicknessExtractor(source, options, voxelSizeMeters, progress).run();
    }

    /** Shows every slice of the last pass, with its Li classification, to {@code observer}. */
    public ThicknessExtractor observeLastPass(SliceObserver sliceObserver) {
        this.observer = sliceObserver;
        return this;
    }

    /**
     * Splits the per-voxel work of each slice (thresholding, and the column count along z) over
     * {@code count} threads. The result is identical for any count: each thread owns a band of
     * voxels and only integer counts are combined.
     */
    public ThicknessExtractor threads(int count) {
        if (count < 1) {
            throw new InputException("threads: at least 1, got " + count);
        }
        this.threads = count;
        return this;
    }

    /** Runs the passes and builds the result. */
    public ThicknessExtraction run() {
        try (SliceBands b = new SliceBands(threads)) {
            bands = b;
            return runPasses();
        } finally {
            bands = null;
        }
    }

    private ThicknessExtraction runPasses() {
        Segmentation seg = options.segmentation();
        boolean otsu = seg instanceof Segmentation.Otsu;
        int passes = (otsu ? GreyThreshold.passes(source) : 0) + (options.filtersComponents() ? 2 : 1);
        slicesTotal = (long) passes * source.depth();
        slicesDone = 0;
        double threshold = Double.NaN;
        VoxelClassifier classifier;
        if (seg instanceof Segmentation.Label l) {
            classifier = VoxelClassifier.forLabel(l.label());
        } else if (seg instanceof Segmentation.Threshold t) {
            threshold = t.threshold();
            classifier = VoxelClassifier.forThreshold(threshold, t.liIsDark());
        } else {
            threshold = GreyThreshold.otsu(source, (Segmentation.Otsu) seg, this::sliceDone);
            classifier = VoxelClassifier.forThreshold(threshold, ((Segmentation.Otsu) seg).liIsDark());
        }
        return options.filtersComponents() ? filtered(classifier, threshold) : unfiltered(classifier, threshold);
    }

    private void sliceDone() {
        progress.advanced(++slicesDone, slicesTotal);
    }

    private ThicknessExtraction unfiltered(VoxelClassifier classifier, double threshold) {
        int n = source.sliceVoxels();
        ColumnProfile columns = new ColumnProfile(options.axis(), source.width(), source.height(), source.depth(), false);
        if (options.axis() == Axis.Z && !options.medianFilter() && observer == null && source.readsLevels()
                && classifier.hasLevels()) {
            return countLevels(classifier, threshold, columns);
        }
        byte[] mask = new byte[n];
        MaskedSlices slices = new MaskedSlices(source, classifier, options.medianFilter(), observer != null,
                this::sliceDone, bands);
        long li = 0;
        int[] slice = new int[1]; // the z the band works on: one lambda for all slices
        SliceBands.Band add = (from, to) -> {
            columns.addAlongZ(slice[0], mask, from, to);
            return 0;
        };
        while (slices.hasNext()) {
            int z = slices.nextIndex();
            int sliceLi = slices.next(mask);
            li += sliceLi;
            if (sliceLi > 0 && options.axis() == Axis.Z) { // most slices of a cell hold no Li at all
                slice[0] = z;
                bands.run(n, add);
            } else if (sliceLi > 0) {
                columns.addSlice(z, mask, null, null);
            }
            if (observer != null) {
                observer.slice(z, slices.values(), mask);
            }
        }
        requireLi(li, threshold);
        return measure(columns, threshold, new ComponentSummary(0, 0, 0, 0, 0, li));
    }

    /**
     * The fast path of {@link #unfiltered} (8/16-bit source, thickness along z, no median filter):
     * the stored levels go straight into the column count, thresholded in the integer domain with
     * no float slice and no mask. Same counts as the general path (tested on random volumes).
     */
    private ThicknessExtraction countLevels(VoxelClassifier classifier, double threshold, ColumnProfile columns) {
        int n = source.sliceVoxels();
        byte[] levels = null;
        java.nio.ByteBuffer copied = null;
        int low = classifier.lowLevel();
        int high = classifier.highLevel();
        int[] slice = new int[1]; // the z the band works on: one lambda for all slices
        java.nio.ByteBuffer[] current = new java.nio.ByteBuffer[1];
        SliceBands.Band band = (from, to) -> columns.addLevelsAlongZ(slice[0], current[0], low, high, from, to);
        long li = 0;
        for (int z = 0; z < source.depth(); z++) {
            java.nio.ByteBuffer b = source.levelsInPlace(z);
            if (b == null) {
                if (levels == null) {
                    levels = new byte[2 * n];
                    copied = java.nio.ByteBuffer.wrap(levels);
                }
                source.readLevels(z, levels);
                b = copied;
            }
            current[0] = b;
            slice[0] = z;
            li += bands.run(n, band);
            sliceDone();
        }
        requireLi(li, threshold);
        return measure(columns, threshold, new ComponentSummary(0, 0, 0, 0, 0, li));
    }

    private ThicknessExtraction filtered(VoxelClassifier classifier, double threshold) {
        int n = source.sliceVoxels();
        int w = source.width();
        int h = source.height();
        byte[] mask = new byte[n];
        byte[] prevMask = new byte[n];
        int[] labels = new int[n];
        int[] prevLabels = new int[n];
        SliceLabeler labeler = new SliceLabeler(w, h);
        ComponentForest forest = new ComponentForest();
        ColumnProfile first = new ColumnProfile(options.axis(), w, h, source.depth(), true);
        MaskedSlices slices = new MaskedSlices(source, classifier, options.medianFilter(), false, this::sliceDone,
                bands);
        long li = 0;
        while (slices.hasNext()) {
            int z = slices.nextIndex();
            int sliceLi = slices.next(mask);
            li += sliceLi;
            if (sliceLi == 0) {
                // No Li: no labels (pass 2 skips the same slices, so the numbering still matches).
                byte[] tm = prevMask;
                prevMask = mask;
                mask = tm;
                continue;
            }
            int count = labeler.label(mask, labels, forest.size());
            forest.add(count);
            // Count voxels while this slice's labels are still roots, then link to the slice below.
            for (int i = 0; i < n; i++) {
                if (mask[i] != 0) {
                    forest.addVoxel(labels[i]);
                }
            }
            int lastBelow = -1;
            int lastHere = -1;
            for (int i = 0; i < n; i++) {
                if (mask[i] != 0 && prevMask[i] != 0) {
                    int below = prevLabels[i];
                    int here = labels[i];
                    // Neighbouring voxels mostly repeat the same pair: skip the repeat.
                    if (below != lastBelow || here != lastHere) {
                        forest.union(below, here);
                        lastBelow = below;
                        lastHere = here;
                    }
                }
            }
            first.addSlice(z, mask, labels, null);
            byte[] tm = prevMask;
            prevMask = mask;
            mask = tm;
            int[] tl = prevLabels;
            prevLabels = labels;
            labels = tl;
        }
        requireLi(li, threshold);

        // Which components touch the collector: those owning a column's bottom voxel near the surface.
        boolean[] hasLi = new boolean[first.count.length];
        int[] bottom = first.bottomDepth(options.collectorSide(), hasLi);
        InterfaceSurface roughSurface = InterfaceSurface.fit(options.surfaceOrder(), bottom, hasLi,
                first.mapWidth, first.mapHeight);
        int[] bottomLabel = options.collectorSide() == CollectorSide.LOW ? first.minLabel : first.maxLabel;
        BitSet attached = new BitSet(forest.size());
        for (int v = 0; v < first.mapHeight; v++) {
            double q = roughSurface.scaledV(v);
            for (int u = 0; u < first.mapWidth; u++) {
                int j = v * first.mapWidth + u;
                if (hasLi[j] && Math.abs(bottom[j] - roughSurface.depthAtScaled(roughSurface.scaledU(u), q))
                        <= options.attachToleranceVoxels()) {
                    attached.set(forest.find(bottomLabel[j]));
                }
            }
        }
        long components = 0;
        long specks = 0;
        long speckVoxels = 0;
        long detached = 0;
        long detachedVoxels = 0;
        BitSet keepRoot = new BitSet(forest.size());
        for (int p = 0; p < forest.size(); p++) {
            if (forest.find(p) != p) {
                continue;
            }
            components++;
            long size = forest.voxelsOfRoot(p);
            if (size < options.minComponentVoxels()) {
                specks++;
                speckVoxels += size;
            } else if (options.removeDetached() && !attached.get(p)) {
                detached++;
                detachedVoxels += size;
            } else {
                keepRoot.set(p);
            }
        }
        BitSet keep = new BitSet(forest.size());
        for (int p = 0; p < forest.size(); p++) {
            if (keepRoot.get(forest.find(p))) {
                keep.set(p);
            }
        }
        forest = null; // the keep bits are all pass 2 needs

        ColumnProfile second = new ColumnProfile(options.axis(), w, h, source.depth(), false);
        MaskedSlices again = new MaskedSlices(source, classifier, options.medianFilter(), observer != null,
                this::sliceDone, bands);
        int base = 0;
        byte[] shown = observer == null ? null : new byte[n];
        while (again.hasNext()) {
            int z = again.nextIndex();
            if (again.next(mask) > 0) {
                base += labeler.label(mask, labels, base);
                second.addSlice(z, mask, labels, keep);
            }
            if (observer != null) {
                for (int i = 0; i < n; i++) {
                    shown[i] = mask[i] == 0 ? 0 : keep.get(labels[i]) ? SliceObserver.KEPT : SliceObserver.REMOVED;
                }
                observer.slice(z, again.values(), shown);
            }
        }
        long kept = li - speckVoxels - detachedVoxels;
        return measure(second, threshold,
                new ComponentSummary(components, specks, speckVoxels, detached, detachedVoxels, kept));
    }

    private ThicknessExtraction measure(ColumnProfile columns, double threshold, ComponentSummary summary) {
        int mw = columns.mapWidth;
        int mh = columns.mapHeight;
        boolean[] hasLi = new boolean[columns.count.length];
        int[] bottom = columns.bottomDepth(options.collectorSide(), hasLi);
        InterfaceSurface surface = InterfaceSurface.fit(options.surfaceOrder(), bottom, hasLi, mw, mh);
        double[] byCount = new double[columns.count.length];
        double[] bySurface = new double[columns.count.length];
        long liColumns = 0;
        long poreColumns = 0;
        // A plane's normal is the same everywhere: one cosine, not one square root per column.
        double planeCosine = surface.cosineAtScaled(0, 0);
        for (int v = 0; v < mh; v++) {
            double q = surface.scaledV(v);
            for (int u = 0; u < mw; u++) {
                int j = v * mw + u;
                int c = columns.count[j];
                if (c == 0) {
                    continue;
                }
                double cosine = surface.order() == 1 ? planeCosine : surface.cosineAtScaled(surface.scaledU(u), q);
                double scale = voxelSizeMeters * cosine;
                int extent = columns.maxDepth[j] - columns.minDepth[j] + 1;
                byCount[j] = c * scale;
                bySurface[j] = extent * scale;
                liColumns++;
                if (extent > c) {
                    poreColumns++;
                }
            }
        }
        return new ThicknessExtraction(ThicknessMap.of(mw, mh, voxelSizeMeters, byCount),
                ThicknessMap.of(mw, mh, voxelSizeMeters, bySurface), surface, threshold, summary, liColumns,
                poreColumns);
    }

    private void requireLi(long li, double threshold) {
        if (li > 0) {
            return;
        }
        Segmentation seg = options.segmentation();
        if (seg instanceof Segmentation.Label l) {
            throw new InputException(source.name() + ": label " + l.label() + " never occurs; labels present: "
                    + labelsPresent());
        }
        boolean dark = seg instanceof Segmentation.Threshold t ? t.liIsDark() : ((Segmentation.Otsu) seg).liIsDark();
        throw new InputException(source.name() + ": no voxel is " + (dark ? "at or below" : "above")
                + " the threshold " + threshold + "; choose a threshold inside the volume's grey levels");
    }

    /** Lists up to 20 distinct values of the volume (one more pass, on the error path only). */
    private String labelsPresent() {
        TreeSet<Float> seen = new TreeSet<>();
        int n = source.sliceVoxels();
        float[] slice = new float[n];
        for (int z = 0; z < source.depth() && seen.size() <= 20; z++) {
            source.readSlice(z, slice);
            for (int i = 0; i < n && seen.size() <= 20; i++) {
                seen.add(slice[i]);
            }
        }
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (float f : seen) {
            if (k++ == 20) {
                sb.append(", ...");
                break;
            }
            sb.append(k > 1 ? ", " : "").append(f == Math.rint(f) ? String.valueOf((long) f) : String.valueOf(f));
        }
        return sb.toString();
    }
}
