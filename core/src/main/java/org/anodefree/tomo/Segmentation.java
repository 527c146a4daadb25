package org.anodefree.tomo;

import org.anodefree.InputException;

/**
 * How Li voxels are told apart from the rest: a label in a segmented volume, a grey-level
 * threshold, or a threshold found by Otsu's method from the volume's histogram.
 *
 * <p>Li attenuates X-rays far less than the electrolyte or the collector, so in a reconstructed
 * grey-level volume it is usually the dark phase; {@code liIsDark} says which side of the
 * threshold is Li.
 */
public sealed interface Segmentation {

    /** Li is every voxel whose value equals {@code label}. */
    record Label(int label) implements Segmentation {
    }

    /** Li is every voxel at or below {@code threshold} when dark, above it when bright. */
    record Threshold(double threshold, boolean liIsDark) implements Segmentation {
        public Threshold {
            if (!Double.isFinite(threshold)) {
                throw new InputException("threshold: must be a finite grey level, got " + threshold);
            }
        }
    }

    /**
     * A global threshold chosen by Otsu's method (1979) on the streamed histogram, splitting it
     * into {@code classes} classes (2, or 3 for collector, Li and electrolyte); Li is the darkest
     * class, or the brightest when {@code liIsDark} is false.
     */
    record Otsu(boolean liIsDark, int classes) implements Segmentation {
        public Otsu {
            if (classes != 2 && classes != 3) {
                throw new InputException("Otsu classes: 2 or 3, got " + classes);
            }
        }

        /** Otsu's original two-class split. */
        public Otsu(boolean liIsDark) {
            this(liIsDark, 2);
        }
    }

    /** Whether this segmentation reads grey levels (so a median filter makes sense). */
    default boolean isGreyLevel() {
        return !(this instanceof Label);
    }
}
