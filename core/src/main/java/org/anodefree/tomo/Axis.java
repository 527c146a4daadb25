package org.anodefree.tomo;

import java.util.Locale;
import org.anodefree.InputException;

/**
 * The volume axis that runs through the Li layer (roughly normal to the current collector); the
 * map is laid out over the other two axes.
 *
 * <p>For X the map has rows z and columns y; for Y rows z and columns x; for Z rows y and columns
 * x. Slices are always streamed along z, so any axis costs the same reads.
 */
public enum Axis {
    X, Y, Z;

    /** Parses {@code x}, {@code y} or {@code z}, any case. */
    public static Axis parse(String text, String field) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "x": return X;
                case "y": return Y;
                case "z": return Z;
                default: break;
            }
        }
        throw new InputException(field + ": axis '" + text + "' does not exist; a volume has axes x, y and z");
    }

    /** Map width (columns) for a volume of the given shape. */
    public int mapWidth(int width, int height, int depth) {
        return this == X ? height : width;
    }

    /** Map height (rows) for a volume of the given shape. */
    public int mapHeight(int width, int height, int depth) {
        return this == Z ? height : depth;
    }

    /** Number of voxels along this axis (the longest possible column). */
    public int length(int width, int height, int depth) {
        return switch (this) {
            case X -> width;
            case Y -> height;
            case Z -> depth;
        };
    }
}
