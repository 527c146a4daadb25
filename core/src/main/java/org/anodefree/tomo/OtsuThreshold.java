package org.anodefree.tomo;

/**
 * Otsu's global threshold: the split of a histogram into two classes that maximises the variance
 * between them (N. Otsu, IEEE Trans. Syst. Man Cybern. 9, 62-66, 1979).
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
}
