package org.anodefree.tomo;

import org.anodefree.InputException;

/**
 * Finds the Otsu threshold of a whole volume from a histogram filled slice by slice: integer
 * volumes bin every level exactly in one pass; float volumes take one pass for the range and one
 * for a {@value #FLOAT_BINS}-bin histogram.
 *
 * <p>A source that hands out its integer levels ({@link VolumeSource#readsLevels}) is histogrammed
 * from them directly, with no float slice.
 *
 * <p>The histogram is of the stored grey levels, also when the median filter is on: Otsu's split
 * depends on the class means and weights, which the filter barely moves, and 27-value medians
 * of every voxel would cost far more than the rest of the extraction.
 */
final class GreyThreshold {
    static final int FLOAT_BINS = 4096;
    static final int COARSE_BINS = 256;

    private GreyThreshold() {
    }

    /** Number of passes over the volume {@link #otsu} makes for this source. */
    static int passes(VolumeSource source) {
        return source.sampleType().isInteger() ? 1 : 2;
    }

    /**
     * The grey level that separates Li from the rest: with two classes the upper edge of Otsu's
     * lower class; with three, the upper edge of the darkest class (dark Li) or of the middle
     * class (bright Li, which is then above it).
     */
    static double otsu(VolumeSource source, Segmentation.Otsu otsu, Runnable onSlice) {
        int n = source.sliceVoxels();
        float[] s = source.readsLevels() ? null : new float[n];
        double min;
        double max;
        int bins;
        if (source.sampleType().isInteger()) {
            min = 0;
            bins = source.sampleType().levels();
            max = bins;
        } else {
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
            for (int z = 0; z < source.depth(); z++) {
                source.readSlice(z, s);
                onSlice.run();
                for (int i = 0; i < n; i++) {
                    float v = s[i];
                    if (v < min) {
                        min = v;
                    }
                    if (v > max) {
                        max = v;
                    }
                }
            }
            if (!(max > min)) {
                throw new InputException(source.name() + ": every voxel has the value " + min
                        + "; an automatic threshold needs at least two grey levels");
            }
            bins = FLOAT_BINS;
        }
        long[] counts = new long[bins];
        double scale = bins / (max - min);
        if (source.readsLevels()) {
            levelHistogram(source, counts, onSlice);
        }
        for (int z = 0; z < source.depth() && !source.readsLevels(); z++) {
            source.readSlice(z, s);
            onSlice.run();
            for (int i = 0; i < n; i++) {
                float v = s[i];
                if (v != v) {
                    continue;
                }
                int b = (int) ((v - min) * scale);
                counts[b < 0 ? 0 : b >= bins ? bins - 1 : b]++;
            }
        }
        int k;
        if (otsu.classes() == 2) {
            k = OtsuThreshold.splitBin(counts);
        } else {
            k = splitInThree(counts, otsu.liIsDark());
        }
        if (k < 0) {
            throw new InputException(source.name() + ": the volume holds fewer grey levels than the "
                    + otsu.classes() + " classes asked for; give --threshold VALUE or use a label volume");
        }
        // Integer data: the lower side is values <= k. Float data: upper edge of bin k.
        return source.sampleType().isInteger() ? k : min + (k + 1) / scale;
    }

    /**
     * The exact histogram of an 8/16-bit source's stored levels (the same counts as binning its
     * float slices: every level is its own bin), with no float slice.
     */
    private static void levelHistogram(VolumeSource source, long[] counts, Runnable onSlice) {
        int n = source.sliceVoxels();
        byte[] levels = new byte[2 * n];
        for (int z = 0; z < source.depth(); z++) {
            source.readLevels(z, levels);
            onSlice.run();
            for (int i = 0; i < n; i++) {
                counts[(levels[2 * i] & 0xff) | (levels[2 * i + 1] & 0xff) << 8]++;
            }
        }
    }

    /**
     * Three-class Otsu on the histogram regrouped to at most {@value #COARSE_BINS} bins over its
     * occupied range (the search is quadratic in bins); returns the fine bin at the upper edge of
     * the class below Li's boundary, or -1.
     */
    private static int splitInThree(long[] counts, boolean liIsDark) {
        int lo = 0;
        while (lo < counts.length && counts[lo] == 0) {
            lo++;
        }
        int hi = counts.length - 1;
        while (hi > lo && counts[hi] == 0) {
            hi--;
        }
        int group = (hi - lo + COARSE_BINS) / COARSE_BINS;
        long[] coarse = new long[(hi - lo) / group + 1];
        for (int b = lo; b <= hi; b++) {
            coarse[(b - lo) / group] += counts[b];
        }
        int[] k = OtsuThreshold.splitBins3(coarse);
        if (k == null) {
            return -1;
        }
        int edge = liIsDark ? k[0] : k[1];
        return lo + (edge + 1) * group - 1;
    }
}
