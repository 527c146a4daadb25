package org.anodefree.io.volume;

import java.util.Locale;
import org.anodefree.InputException;
import org.anodefree.tomo.SampleType;

/**
 * The layout of a headerless volume file: its shape (x fastest, then y, then z), voxel type and
 * byte order.
 *
 * @param width voxels along x
 * @param height voxels along y
 * @param depth slices along z
 * @param type stored voxel type
 * @param bigEndian byte order of multi-byte voxels
 */
public record RawLayout(int width, int height, int depth, SampleType type, boolean bigEndian) {

    public RawLayout {
        if (width <= 0 || height <= 0 || depth <= 0) {
            throw new InputException("--shape: every dimension must be positive, got " + width + "," + height + "," + depth);
        }
        if (type == null) {
            throw new InputException("--dtype: a voxel type is required (uint8, uint16 or float32)");
        }
    }

    /** Parses {@code X,Y,Z} and a type name such as {@code uint16}. */
    public static RawLayout parse(String shape, String dtype, boolean bigEndian) {
        if (shape == null) {
            throw new InputException("--shape: a raw volume needs its shape X,Y,Z");
        }
        String[] parts = shape.split(",");
        if (parts.length != 3) {
            throw new InputException("--shape: '" + shape + "' must be three sizes X,Y,Z (x fastest)");
        }
        int[] s = new int[3];
        for (int i = 0; i < 3; i++) {
            try {
                s[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InputException("--shape: '" + parts[i] + "' in '" + shape + "' is not a whole number");
            }
        }
        return new RawLayout(s[0], s[1], s[2], parseType(dtype), bigEndian);
    }

    static SampleType parseType(String dtype) {
        if (dtype == null) {
            throw new InputException("--dtype: a raw volume needs its voxel type (uint8, uint16 or float32)");
        }
        return switch (dtype.trim().toLowerCase(Locale.ROOT)) {
            case "uint8", "u8" -> SampleType.UINT8;
            case "uint16", "u16" -> SampleType.UINT16;
            case "float32", "f32", "float" -> SampleType.FLOAT32;
            default -> throw new InputException("--dtype: unknown voxel type '" + dtype
                    + "'; use uint8, uint16 or float32");
        };
    }

    /** Bytes in one slice. */
    public long sliceBytes() {
        return (long) width * height * type.bytes();
    }

    /** Bytes in the whole volume. */
    public long totalBytes() {
        return sliceBytes() * depth;
    }
}
