package org.anodefree.cycling;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cycling time series, measured or simulated, held column by column: test time, voltage and current always
 * (BDF labels {@link BdfColumns#TEST_TIME}, {@link BdfColumns#VOLTAGE}, {@link BdfColumns#CURRENT}, SI units),
 * cycle and step numbers when known, and any further columns of the source under their own labels.
 *
 * <p>Current is in the BDF convention: positive charges the cell as wired (see the package documentation).
 * Build one with {@link CyclingRecordBuilder}. The arrays returned are the record's storage and are not
 * copied; do not modify them.
 */
public final class CyclingRecord {
    private final String source;
    private final int rows;
    private final List<CyclingColumn> columns;
    private final Map<String, CyclingColumn> byLabel;
    private final List<CyclingEvent> events;
    private final List<String> warnings;
    private final Map<String, String> metadata;

    CyclingRecord(String source, int rows, List<CyclingColumn> columns, List<CyclingEvent> events,
            List<String> warnings, Map<String, String> metadata) {
        this.source = Objects.requireNonNull(source, "source");
        this.rows = rows;
        Map<String, CyclingColumn> map = new LinkedHashMap<>();
        for (CyclingColumn c : columns) {
            if (c.size() != rows) {
                throw new IllegalArgumentException(c.label() + ": " + c.size() + " values for " + rows + " rows");
            }
            if (map.put(c.label(), c) != null) {
                throw new IllegalArgumentException("duplicate column label '" + c.label() + "'");
            }
        }
        for (String required : List.of(BdfColumns.TEST_TIME, BdfColumns.VOLTAGE, BdfColumns.CURRENT)) {
            if (!map.containsKey(required)) {
                throw new IllegalArgumentException("a cycling record needs a '" + required + "' column");
            }
        }
        this.columns = List.copyOf(columns);
        this.byLabel = Collections.unmodifiableMap(map);
        this.events = List.copyOf(events);
        this.warnings = List.copyOf(warnings);
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Where the data came from: a file name or a simulation run. */
    public String source() {
        return source;
    }

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Every column in order; time, voltage and current come first. */
    public List<CyclingColumn> columns() {
        return columns;
    }

    /** Events recorded with the data (a simulator's known short circuit, for example). */
    public List<CyclingEvent> events() {
        return events;
    }

    /** Things the reader had to guess or skip (unknown column ids, for example). */
    public List<String> warnings() {
        return warnings;
    }

    /** What the source says about itself (cycler, channel, electrode area), key to value, in file order. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** Test time in seconds from the start of the test. */
    public double[] timeSeconds() {
        return byLabel.get(BdfColumns.TEST_TIME).doubles();
    }

    /** Cell voltage in volts. */
    public double[] voltageVolts() {
        return byLabel.get(BdfColumns.VOLTAGE).doubles();
    }

    /** Current in amperes, positive when charging (BDF). */
    public double[] currentAmps() {
        return byLabel.get(BdfColumns.CURRENT).doubles();
    }

    /** The column with this label, or {@code null}. */
    public CyclingColumn column(String label) {
        return byLabel.get(label);
    }

    /** True when a column with this label exists. */
    public boolean has(String label) {
        return byLabel.containsKey(label);
    }

    @Override
    public String toString() {
        return "CyclingRecord[" + source + ", " + rows + " rows, " + columns.size() + " columns]";
    }
}
