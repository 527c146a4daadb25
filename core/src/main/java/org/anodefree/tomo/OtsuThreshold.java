package org.anodefree.tomo;

/**
 * Otsu's global threshold: the split of a histogram into two classes that maximises the variance
 * between them (N. Otsu, IEEE Trans. Syst. Man Cybern. 9, 62-66, 1979), and its three-class form
 * (the same criterion over two thresholds, searched exhaustively, as in P.-S. Liao, T.-S. Chen and
 * P.-C. Chung, J. Inf. Sci. Eng. 17, 713-727, 2001).
 *
 * <p>Written here because neither Hipparchus nor JTransforms has it, and because it must run on a
 * histogram gathered slice by slice rather than on an image in memory.
 */
public final class OtsuThreshold {
    private OtsuThreshold() {
    }

    /**
     * The index k of the last bin of the lower class (bins 0..k are below the threshold).
     *
     * @param counts histogram, at least two bins with some count
     * @return the best split, or -1 when the histogram has fewer than two occupied bins
     */
    public static int splitBin(long[] counts) {
        double total = 0;
        double weightedTotal = 0;
        for (int i = 0; i < counts.length; i++) {
            total += counts[i];
            weightedTotal += (double) i * counts[i];
        }
        double lowCount = 0;
        double lowWeighted = 0;
        double best = -1;
        int bestBin = -1;
        for (int k = 0; k < counts.length - 1; k++) {
            lowCount += counts[k];
            lowWeighted += (double) k * counts[k];
            double highCount = total - lowCount;
            if (lowCount == 0 || highCount == 0) {
                continue;
            }
            double meanLow = lowWeighted / lowCount;
            double meanHigh = (weightedTotal - lowWeighted) / highCount;
            double between = lowCount * highCount * (meanLow - meanHigh) * (meanLow - meanHigh);
            if (between > best) {
                best = between;
                bestBin = k;
            }
        }
        return bestBin;
    }

    /**
     * The last bins (k1 < k2) of the lower and middle classes of the three-class split: bins 0..k1,
     * k1+1..k2 and k2+1..end. O(bins^2): callers rebin to a few hundred bins first.
     *
     * @return {k1, k2}, or null when fewer than three bins are occupied
     */
    public static int[] splitBins3(long[] counts) {
        int n = counts.length;
        double[] w = new double[n + 1];
        double[] m = new double[n + 1];
        for (int i = 0; i < n; i++) {
            w[i + 1] = w[i] + counts[i];
            m[i + 1] = m[i] + (double) i * counts[i];
        }
        double best = -1;
        int[] result = null;
        for (int k1 = 0; k1 < n - 2; k1++) {
            double w0 = w[k1 + 1];
            if (w0 == 0) {
                continue;
            }
            double s0 = m[k1 + 1] * m[k1 + 1] / w0;
            for (int k2 = k1 + 1; k2 < n - 1; k2++) {
                double w1 = w[k2 + 1] - w0;
                double w2 = w[n] - w[k2 + 1];
                if (w1 == 0 || w2 == 0) {
                    continue;
                }
                double m1 = m[k2 + 1] - m[k1 + 1];
                double m2 = m[n] - m[k2 + 1];
                // Between-class variance up to a constant: sum of (class sum)^2 / (class weight).
                double between = s0 + m1 * m1 / w1 + m2 * m2 / w2;
                if (between > best) {
                    best = between;
                    result = new int[] {k1, k2};
                }
            }
        }
        return result;
    }
}
