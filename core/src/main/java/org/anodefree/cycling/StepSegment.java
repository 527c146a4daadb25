package org.anodefree.cycling;

/**
 * A run of consecutive rows with one current direction and one cycler step: rows {@code [firstRow, endRow)}.
 *
 * @param index position among the record's segments, from 0
 * @param firstRow first row
 * @param endRow one past the last row
 * @param direction plating, stripping or rest
 * @param step the cycler's step number for these rows, or {@code index + 1} when the record has none
 */
public record StepSegment(int index, int firstRow, int endRow, Direction direction, int step) {
    /** What the current does to the Li on the Cu electrode. */
    public enum Direction { PLATING, STRIPPING, REST }

    public StepSegment {
        if (firstRow < 0 || endRow <= firstRow) {
            throw new IllegalArgumentException("segment rows [" + firstRow + ", " + endRow + ") are empty");
        }
    }

    /** Number of rows. */
    public int rows() {
        return endRow - firstRow;
    }
}
