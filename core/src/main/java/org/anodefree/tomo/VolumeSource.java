package org.anodefree.tomo;

import java.util.OptionalDouble;

/**
 * A 3D image read one z slice at a time: x is fastest within a slice, slices are rows of y.
 *
 * <p>Implementations hold at most a slice or two, never the whole volume, so volumes larger than
 * memory stream through. Voxel counts are {@code long}; only one slice must fit an int.
 */
public interface VolumeSource extends AutoCloseable {

    /** Voxels along x. */
    int width();

    /** Voxels along y. */
    int height();

    /** Number of z slices. */
    int depth();

    /** How the voxels are stored (decides how an automatic threshold histograms them). */
    SampleType sampleType();

    /** Edge of a cubic voxel, m, when the file says; empty when it does not. */
    OptionalDouble voxelSizeMeters();

    /** A name for messages: the file or folder. */
    String name();

    /**
     * Reads slice {@code z} into {@code out} (row-major, x fastest, length at least width*height).
     * Integer samples are converted exactly (16-bit values fit a float).
     */
    void readSlice(int z, float[] out);

    /**
     * Whether {@link #readLevels} works: the voxels are 8- or 16-bit unsigned integers the source
     * can hand out as they are stored, with no conversion to float (the extractor's fast path).
     */
    default boolean readsLevels() {
        return false;
    }

    /**
     * Reads slice {@code z} of an 8- or 16-bit volume into {@code out} (row-major, x fastest, length
     * at least 2*width*height) as unsigned 16-bit levels, little-endian whatever the file's order
     * or width: voxel i is {@code (out[2i] & 0xff) | (out[2i+1] & 0xff) << 8}, the same number
     * {@link #readSlice} gives as a float. Bytes rather than shorts so that the extractor can test
     * four levels at once in one long (see {@code ColumnProfile.addLevelsAlongZ}). Only when
     * {@link #readsLevels} is true.
     */
    default void readLevels(int z, byte[] out) {
        throw new UnsupportedOperationException(name() + ": integer slices are not available; read floats");
    }

    /**
     * Slice {@code z}'s levels where the source holds them, with no copy, or null when it cannot
     * (then {@link #readLevels} copies them). The buffer holds the levels as {@link #readLevels}
     * writes them (16-bit little-endian) from index 0, whatever its own position and order, and
     * stays valid until the next read from this source. Only when {@link #readsLevels} is true.
     */
    default java.nio.ByteBuffer levelsInPlace(int z) {
        return null;
    }

    /** Voxels in the volume. */
    default long voxelCount() {
        return (long) width() * height() * depth();
    }

    /** Voxels in one slice, checked to fit an array. */
    default int sliceVoxels() {
        long n = (long) width() * height();
        if (n > Integer.MAX_VALUE - 8) {
            throw new org.anodefree.InputException(name() + ": a slice of " + width() + " x " + height()
                    + " voxels is larger than one array can hold (2^31); crop it with a region of interest");
        }
        return (int) n;
    }

    @Override
    default void close() {
    }
}
