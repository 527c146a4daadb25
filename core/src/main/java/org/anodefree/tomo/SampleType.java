package org.anodefree.tomo;

/** The stored type of a volume's voxels; integer types have a fixed, small set of levels. */
public enum SampleType {
    UINT8(1, 256),
    UINT16(2, 65536),
    FLOAT32(4, 0);

    private final int bytes;
    private final int levels;

    SampleType(int bytes, int levels) {
        this.bytes = bytes;
        this.levels = levels;
    }

    /** Bytes per voxel on disk. */
    public int bytes() {
        return bytes;
    }

    /** Number of distinct integer levels (0 for floating point). */
    public int levels() {
        return levels;
    }

    public boolean isInteger() {
        return levels > 0;
    }
}
