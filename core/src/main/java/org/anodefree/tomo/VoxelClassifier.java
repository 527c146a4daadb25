package org.anodefree.tomo;

/** Turns a slice of grey levels or labels into a Li mask (1 = Li) with a fixed rule. */
final class VoxelClassifier {
    private final boolean label;
    private final float labelValue;
    private final double threshold;
    /** The largest float at or below the threshold: v <= t and v <= thresholdFloat agree for every float v. */
    private final float thresholdFloat;
    private final boolean dark;
    /** Li as a range of unsigned integer levels, lowLevel..highLevel (empty when low > high). */
    private final int lowLevel;
    private final int highLevel;
    private final boolean hasLevels;

    private VoxelClassifier(boolean label, float labelValue, double threshold, boolean dark) {
        this.label = label;
        this.labelValue = labelValue;
        this.threshold = threshold;
        float f = (float) threshold;
        this.thresholdFloat = f > threshold ? Math.nextDown(f) : f;
        this.dark = dark;
        // Integer levels v (exact as floats) satisfy v <= t exactly when v <= floor(t), and v > t
        // exactly when v >= floor(t) + 1; clamping to [-1, 65536] keeps both tests for 0..65535.
        double floor = Math.floor(threshold);
        if (label) {
            lowLevel = (int) labelValue;
            highLevel = lowLevel;
            hasLevels = labelValue == lowLevel;
        } else if (dark) {
            lowLevel = 0;
            highLevel = (int) Math.max(-1, Math.min(65535, floor));
            hasLevels = !Double.isNaN(threshold);
        } else {
            lowLevel = (int) Math.max(0, Math.min(65536, floor + 1));
            highLevel = 65535;
            hasLevels = !Double.isNaN(threshold);
        }
    }

    /** Whether the rule is a range of integer levels ({@link #lowLevel} to {@link #highLevel}). */
    boolean hasLevels() {
        return hasLevels;
    }

    /** Lowest unsigned level that is Li. */
    int lowLevel() {
        return lowLevel;
    }

    /** Highest unsigned level that is Li (below {@link #lowLevel} when no level is). */
    int highLevel() {
        return highLevel;
    }

    /**
     * Fills {@code mask} over voxels [from, to) of a slice of little-endian 16-bit levels (see
     * {@link VolumeSource#readLevels}); returns the number of
     * Li voxels there. Same mask as {@link #classify} on the same voxels as floats. Branch-free:
     * a level is Li when neither v - low nor high - v is negative.
     */
    int classifyLevels(byte[] levels, byte[] mask, int from, int to) {
        int lo = lowLevel;
        int hi = highLevel;
        int li = 0;
        for (int i = from; i < to; i++) {
            int v = (levels[2 * i] & 0xff) | (levels[2 * i + 1] & 0xff) << 8;
            int b = 1 + (((v - lo) | (hi - v)) >> 31);
            mask[i] = (byte) b;
            li += b;
        }
        return li;
    }

    static VoxelClassifier forLabel(int value) {
        return new VoxelClassifier(true, value, Double.NaN, false);
    }

    static VoxelClassifier forThreshold(double threshold, boolean liIsDark) {
        return new VoxelClassifier(false, Float.NaN, threshold, liIsDark);
    }

    /** Whether Li is the dark side of the threshold (false for labels). */
    boolean liIsDark() {
        return dark;
    }

    /** Marks voxels at or below the threshold (the median filter's counting test; thresholds only). */
    void classifyAtOrBelow(float[] slice, byte[] out, int n) {
        if (label) {
            throw new IllegalStateException("the median filter applies to grey levels, not labels");
        }
        float t = thresholdFloat;
        for (int i = 0; i < n; i++) {
            out[i] = slice[i] <= t ? (byte) 1 : 0;
        }
    }

    /** Fills {@code mask}; returns the number of Li voxels. */
    int classify(float[] slice, byte[] mask, int n) {
        return classify(slice, mask, 0, n);
    }

    /** Fills {@code mask} over voxels [from, to); returns the number of Li voxels there. */
    int classify(float[] slice, byte[] mask, int from, int to) {
        int li = 0;
        if (label) {
            float l = labelValue;
            for (int i = from; i < to; i++) {
                byte b = slice[i] == l ? (byte) 1 : 0;
                mask[i] = b;
                li += b;
            }
        } else if (dark) {
            float t = thresholdFloat;
            for (int i = from; i < to; i++) {
                byte b = slice[i] <= t ? (byte) 1 : 0;
                mask[i] = b;
                li += b;
            }
        } else {
            float t = thresholdFloat;
            for (int i = from; i < to; i++) {
                byte b = slice[i] > t ? (byte) 1 : 0;
                mask[i] = b;
                li += b;
            }
        }
        return li;
    }
}
