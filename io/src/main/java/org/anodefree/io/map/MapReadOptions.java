package org.anodefree.io.map;

/**
 * How to interpret a thickness-map file where it does not say for itself.
 *
 * @param pixelSizeMeters pixel edge, m; null to take it from the file (an error if the file has none)
 * @param thicknessUnitMeters metres per unit of the stored values; null to take the file's unit, or
 *     micrometres when the file names none
 */
public record MapReadOptions(Double pixelSizeMeters, Double thicknessUnitMeters) {
    /** Everything from the file; values in micrometres unless it says otherwise. */
    public static final MapReadOptions FROM_FILE = new MapReadOptions(null, null);
}
