package org.anodefree.cycling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link CyclingRecord} row by row, cheaply: values go straight into growing primitive arrays
 * (amortised O(1) per value, nothing allocated per row), so a reader of a 10-million-row file or a simulator
 * writing every time step can use it in its inner loop.
 *
 * <pre>{@code
 * CyclingRecordBuilder b = new CyclingRecordBuilder("run 1");
 * int cycle = b.intColumn(BdfColumns.CYCLE_COUNT);
 * b.set(CyclingRecordBuilder.TIME, t); b.set(CyclingRecordBuilder.VOLTAGE, v);
 * b.set(CyclingRecordBuilder.CURRENT, i); b.setInt(cycle, 1); b.endRow();
 * }</pre>
 * A double left unset in a row is NaN; an int left unset is 0.
 */
public final class CyclingRecordBuilder {
    /** Handle of the test-time column (seconds). */
    public static final int TIME = 0;
    /** Handle of the voltage column (volts). */
    public static final int VOLTAGE = 1;
    /** Handle of the current column (amperes, BDF sign). */
    public static final int CURRENT = 2;

    private final String source;
    private final List<String> labels = new ArrayList<>();
    private final List<Integer> order = new ArrayList<>(); // >= 0: double handle; < 0: -(int handle) - 1
    private double[][] doubles = new double[0][];
    private int[][] ints = new int[0][];
    private int capacity;
    private int rows;
    private final List<CyclingEvent> events = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final java.util.Map<String, String> metadata = new java.util.LinkedHashMap<>();

    /** A builder with the time, voltage and current columns already declared. */
    public CyclingRecordBuilder(String source) {
        this(source, 1024);
    }

    /** As {@link #CyclingRecordBuilder(String)}, with room for {@code expectedRows} before growing. */
    public CyclingRecordBuilder(String source, int expectedRows) {
        this.source = source;
        this.capacity = Math.max(0, expectedRows);
        doubleColumn(BdfColumns.TEST_TIME);
        doubleColumn(BdfColumns.VOLTAGE);
        doubleColumn(BdfColumns.CURRENT);
    }

    /** Declares a double column and returns its handle (or the handle it already has). */
    public int doubleColumn(String label) {
        int existing = labels.indexOf(label);
        if (existing >= 0) {
            int h = order.get(existing);
            if (h < 0) {
                throw new IllegalArgumentException("column '" + label + "' is already an int column");
            }
            return h;
        }
        int handle = doubles.length;
        doubles = Arrays.copyOf(doubles, handle + 1);
        double[] column = new double[capacity];
        Arrays.fill(column, Double.NaN);
        doubles[handle] = column;
        labels.add(label);
        order.add(handle);
        return handle;
    }

    /** Declares an int column and returns its handle (or the handle it already has). */
    public int intColumn(String label) {
        int existing = labels.indexOf(label);
        if (existing >= 0) {
            int h = order.get(existing);
            if (h >= 0) {
                throw new IllegalArgumentException("column '" + label + "' is already a double column");
            }
            return -h - 1;
        }
        int handle = ints.length;
        ints = Arrays.copyOf(ints, handle + 1);
        ints[handle] = new int[capacity];
        labels.add(label);
        order.add(-handle - 1);
        return handle;
    }

    /** Sets a double of the current row. */
    public void set(int doubleHandle, double value) {
        if (rows == capacity) {
            grow(0);
        }
        doubles[doubleHandle][rows] = value;
    }

    /** Sets an int of the current row. */
    public void setInt(int intHandle, int value) {
        if (rows == capacity) {
            grow(0);
        }
        ints[intHandle][rows] = value;
    }

    /** Ends the current row; the next {@code set} calls fill a new one. */
    public void endRow() {
        if (rows == capacity) {
            grow(0); // a row with nothing set still needs its NaN / 0 slots
        }
        rows++;
    }

    /** Appends a row with only time, voltage and current (other doubles NaN, ints 0). */
    public void appendRow(double timeSeconds, double voltageVolts, double currentAmps) {
        if (rows == capacity) {
            grow(0);
        }
        doubles[TIME][rows] = timeSeconds;
        doubles[VOLTAGE][rows] = voltageVolts;
        doubles[CURRENT][rows] = currentAmps;
        rows++;
    }

    /**
     * Adds {@code n} rows at once (doubles NaN, ints 0) and returns the index of the first, for readers that
     * fill whole columns through {@link #doubleStorage} and {@link #intStorage} (a binary file's columns).
     */
    public int appendRows(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("rows to add must be >= 0, got " + n);
        }
        if ((long) rows + n > capacity) {
            grow((long) rows + n);
        }
        int first = rows;
        rows += n;
        return first;
    }

    /** The storage of a double column, valid until rows are next added; rows {@code [0, rows())} are in use. */
    public double[] doubleStorage(int doubleHandle) {
        return doubles[doubleHandle];
    }

    /** The storage of an int column, valid until rows are next added. */
    public int[] intStorage(int intHandle) {
        return ints[intHandle];
    }

    /** Number of completed rows. */
    public int rows() {
        return rows;
    }

    /** Records an event at a row. */
    public void addEvent(CyclingEvent event) {
        events.add(event);
    }

    /** Records a warning about the source. */
    public void warn(String warning) {
        warnings.add(warning);
    }

    /** Records a metadata entry (the last value for a key wins). */
    public void metadata(String key, String value) {
        metadata.put(key, value);
    }

    /**
     * The record of the rows ended so far. Arrays already of the right length (a reader that knew its row
     * count) are handed over without a copy, so the builder must not be used afterwards.
     */
    public CyclingRecord build() {
        List<CyclingColumn> columns = new ArrayList<>(labels.size());
        for (int k = 0; k < labels.size(); k++) {
            int h = order.get(k);
            if (h >= 0) {
                double[] d = doubles[h];
                columns.add(new CyclingColumn(labels.get(k), d.length == rows ? d : Arrays.copyOf(d, rows), null));
            } else {
                int[] i = ints[-h - 1];
                columns.add(new CyclingColumn(labels.get(k), null, i.length == rows ? i : Arrays.copyOf(i, rows)));
            }
        }
        doubles = new double[0][];
        ints = new int[0][];
        return new CyclingRecord(source, rows, columns, events, warnings, metadata);
    }

    private void grow(long atLeast) {
        long wanted = Math.max(atLeast, (long) capacity + (capacity >> 1) + 1024);
        if (wanted > Integer.MAX_VALUE - 8) {
            if (capacity >= Integer.MAX_VALUE - 8) {
                throw new IllegalStateException(source + ": more than " + capacity + " rows in one record");
            }
            wanted = Integer.MAX_VALUE - 8;
        }
        int next = (int) wanted;
        for (int h = 0; h < doubles.length; h++) {
            double[] grown = Arrays.copyOf(doubles[h], next);
            Arrays.fill(grown, capacity, next, Double.NaN);
            doubles[h] = grown;
        }
        for (int h = 0; h < ints.length; h++) {
            ints[h] = Arrays.copyOf(ints[h], next);
        }
        capacity = next;
    }
}
