package org.anodefree.tomo;

/** Turns a slice of grey levels or labels into a Li mask (1 = Li) with a fixed rule. */
final class VoxelClassifier {
    private final boolean label;
    private final float labelValue;
    private final double threshold;
    /** The largest float at or below the threshold: v <= t and v <= thresholdFloat agree for every float v. */
    private final float thresholdFloat;
    private final boolean dark;

    private VoxelClassifier(boolean label, float labelValue, double threshold, boolean dark) {
        this.label = label;
        this.labelValue = labelValue;
        this.threshold = threshold;
        float f = (float) threshold;
        this.thresholdFloat = f > threshold ? Math.nextDown(f) : f;
        this.dark = dark;
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
