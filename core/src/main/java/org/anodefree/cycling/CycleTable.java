package org.anodefree.cycling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodefree.statistics.Quantiles;

/**
 * A table with one row per cycle of a record, columns labelled {@code "Quantity / unit"} like the time
 * series: the cycle's numbers from {@link CycleAnalysis} (capacities, CE, cumulative and net plated
 * capacity, nucleation overpotential, end-of-strip polarization and whether the strip polarized,
 * plateaus, start and end time), and for every own column of the record (a double column labelled
 * {@code "Quantity / unit"} that is not a BDF column: the simulator's active area, local current,
 * filament length, stranded Li, ...) its value at the end of the cycle and its largest and smallest
 * value over the cycle; for {@value #ACTIVE_AREA} also the test time of its minimum. Measured and
 * simulated records get the same table. {@link #acrossRuns} summarises several tables (seeds) per
 * cycle by median, min and max.
 *
 * <p>NaN where a value is not defined (no strip in the cycle, a cell with a cathode for the
 * polarized flag, an own column with no finite value in the cycle).
 */
public final class CycleTable {
    public static final String CYCLE = "Cycle / 1";
    public static final String PLATED = "Plated Capacity / mAh/cm2";
    public static final String STRIPPED = "Stripped Capacity / mAh/cm2";
    public static final String COULOMBIC_EFFICIENCY = "Coulombic Efficiency / 1";
    public static final String CUMULATIVE_PLATED = "Cumulative Plated Capacity / mAh/cm2";
    /** Plated minus stripped since the start of the record: the Li left on the Cu side, plus any lost. */
    public static final String NET_PLATED = "Net Plated Capacity / mAh/cm2";
    public static final String NUCLEATION = "Nucleation Overpotential / mV";
    public static final String END_OF_STRIP = "End-of-Strip Polarization / mV";
    /** 1 when the strip polarized at its end ({@link #polarized}), 0 when not, NaN when not defined. */
    public static final String STRIP_POLARIZED = "Strip Polarized / 1";
    public static final String PLATING_PLATEAU = "Plating Plateau / V";
    public static final String STRIPPING_PLATEAU = "Stripping Plateau / V";
    public static final String START_TIME = "Cycle Start Time / s";
    public static final String END_TIME = "Cycle End Time / s";
    /** 1 in the cycle where the short circuit was placed, else 0. */
    public static final String SHORT_CIRCUIT = "Short Circuit / 1";
    /** The simulator's active-area column, whose minimum also gets its time. */
    public static final String ACTIVE_AREA = "Active Area Fraction / 1";
    /** In {@link #acrossRuns}: how many runs reached the cycle. */
    public static final String RUNS = "Runs / 1";

    /** A strip polarized when its end rose by at least this much above its plateau, mV (noise floor). */
    static final double POLARIZED_FLOOR_MILLIVOLTS = 10;

    private final List<CyclingColumn> columns;
    private final Map<String, CyclingColumn> byLabel = new LinkedHashMap<>();
    private final int rows;

    /** Columns from label to values: double[], or int[] for counts ({@value #CYCLE}, {@value #RUNS}, flags). */
    private CycleTable(Map<String, Object> values, int rows) {
        List<CyclingColumn> list = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            CyclingColumn c = e.getValue() instanceof int[] ints ? new CyclingColumn(e.getKey(), null, ints)
                    : new CyclingColumn(e.getKey(), (double[]) e.getValue(), null);
            list.add(c);
            byLabel.put(e.getKey(), c);
        }
        this.columns = List.copyOf(list);
        this.rows = rows;
    }

    /** The table of a record and its analysis ({@code summary} must be {@code CycleAnalysis} of {@code record}). */
    public static CycleTable of(CyclingRecord record, CycleSummary summary) {
        List<CycleResult> cycles = summary.cycles();
        int n = cycles.size();
        Map<String, Object> v = new LinkedHashMap<>();
        int[] cycle = new int[n];
        v.put(CYCLE, cycle);
        double[] plated = put(v, PLATED, n);
        double[] stripped = put(v, STRIPPED, n);
        double[] ce = put(v, COULOMBIC_EFFICIENCY, n);
        double[] cumulative = put(v, CUMULATIVE_PLATED, n);
        double[] netPlated = put(v, NET_PLATED, n);
        double[] nucleation = put(v, NUCLEATION, n);
        double[] endOfStrip = put(v, END_OF_STRIP, n);
        double[] polarized = put(v, STRIP_POLARIZED, n);
        double[] platingPlateau = put(v, PLATING_PLATEAU, n);
        double[] strippingPlateau = put(v, STRIPPING_PLATEAU, n);
        double[] start = put(v, START_TIME, n);
        double[] end = put(v, END_TIME, n);
        int[] shorted = new int[n];
        v.put(SHORT_CIRCUIT, shorted);
        double[] t = record.timeSeconds();
        double net = 0;
        ShortCircuit sc = summary.shortCircuit();
        for (int k = 0; k < n; k++) {
            CycleResult c = cycles.get(k);
            net += c.platedMilliampHoursPerCm2() - c.strippedMilliampHoursPerCm2();
            cycle[k] = c.cycle();
            plated[k] = c.platedMilliampHoursPerCm2();
            stripped[k] = c.strippedMilliampHoursPerCm2();
            ce[k] = c.coulombicEfficiency();
            cumulative[k] = c.cumulativePlatedMilliampHoursPerCm2();
            netPlated[k] = net;
            nucleation[k] = c.nucleationOverpotentialMillivolts();
            endOfStrip[k] = c.endOfStripPolarizationMillivolts();
            polarized[k] = polarized(c);
            platingPlateau[k] = c.platingPlateauVolts();
            strippingPlateau[k] = c.strippingPlateauVolts();
            start[k] = t[c.firstRow()];
            end[k] = t[c.endRow() - 1];
            shorted[k] = sc.occurred() && sc.cycle() == c.cycle() ? 1 : 0;
        }
        for (CyclingColumn col : record.columns()) {
            if (col.isInt() || BdfColumns.isStandard(col.label()) || !col.label().contains(" / ")) {
                continue;
            }
            ownColumn(col, t, cycles, v);
        }
        return new CycleTable(v, n);
    }

    private static double[] put(Map<String, Object> v, String label, int n) {
        double[] x = new double[n];
        v.put(label, x);
        return x;
    }

    private static void ownColumn(CyclingColumn col, double[] t, List<CycleResult> cycles, Map<String, Object> v) {
        String q = BdfColumns.quantity(col.label());
        String u = BdfColumns.unit(col.label());
        int n = cycles.size();
        double[] end = new double[n];
        double[] max = new double[n];
        double[] min = new double[n];
        double[] minTime = new double[n];
        double[] x = col.doubles();
        for (int k = 0; k < n; k++) {
            CycleResult c = cycles.get(k);
            end[k] = x[c.endRow() - 1];
            max[k] = Double.NaN;
            min[k] = Double.NaN;
            minTime[k] = Double.NaN;
            for (int r = c.firstRow(); r < c.endRow(); r++) {
                if (!Double.isFinite(x[r])) {
                    continue;
                }
                if (!(x[r] <= max[k])) {
                    max[k] = x[r];
                }
                if (!(x[r] >= min[k])) {
                    min[k] = x[r];
                    minTime[k] = t[r];
                }
            }
        }
        v.put(q + " (end) / " + u, end);
        v.put(q + " (max) / " + u, max);
        v.put(q + " (min) / " + u, min);
        if (col.label().equals(ACTIVE_AREA)) {
            v.put(q + " (min time) / s", minTime);
        }
    }

    /**
     * Whether a cycle's strip polarized at its end: 1 when the stripping polarization rose at the end by
     * at least its plateau value (so it at least doubled) and by at least
     * {@value #POLARIZED_FLOOR_MILLIVOLTS} mV, 0 when not. Defined only for cells without a cathode (a
     * stripping plateau within {@link PlatingSign#HALF_CELL_MAX_VOLTS} of 0 V, where the voltage is the
     * polarization itself); with a cathode its own voltage fall at the end of discharge cannot be told
     * from the anode's in the cell voltage, so NaN, as for a cycle without a strip.
     */
    public static double polarized(CycleResult c) {
        double plateau = c.strippingPlateauVolts();
        double rise = c.endOfStripPolarizationMillivolts();
        if (!Double.isFinite(rise) || !Double.isFinite(plateau) || Math.abs(plateau) >= PlatingSign.HALF_CELL_MAX_VOLTS) {
            return Double.NaN;
        }
        return rise >= Math.max(POLARIZED_FLOOR_MILLIVOLTS, 1e3 * Math.abs(plateau)) ? 1 : 0;
    }

    /**
     * Several runs' tables summarised per cycle: {@value #CYCLE}, {@value #RUNS} (runs that reached the
     * cycle), then for every other column of the runs {@code "Quantity (run median) / unit"}, {@code (run
     * min)} and {@code (run max)} over the runs' finite values (NaN when none). One row per cycle up to the
     * longest run.
     */
    public static CycleTable acrossRuns(List<CycleTable> runs) {
        int n = 0;
        List<String> labels = new ArrayList<>();
        for (CycleTable r : runs) {
            n = Math.max(n, r.rows());
            for (CyclingColumn c : r.columns()) {
                if (!labels.contains(c.label()) && !c.label().equals(CYCLE)) {
                    labels.add(c.label());
                }
            }
        }
        Map<String, Object> v = new LinkedHashMap<>();
        int[] cycle = new int[n];
        int[] count = new int[n];
        for (int k = 0; k < n; k++) {
            cycle[k] = k + 1;
            for (CycleTable r : runs) {
                count[k] += k < r.rows() ? 1 : 0;
            }
        }
        v.put(CYCLE, cycle);
        v.put(RUNS, count);
        double[] buf = new double[runs.size()];
        for (String label : labels) {
            String q = BdfColumns.quantity(label);
            String u = BdfColumns.unit(label);
            double[] median = new double[n];
            double[] min = new double[n];
            double[] max = new double[n];
            for (int k = 0; k < n; k++) {
                int m = 0;
                for (CycleTable r : runs) {
                    CyclingColumn c = r.column(label);
                    if (c != null && k < r.rows() && Double.isFinite(c.value(k))) {
                        buf[m++] = c.value(k);
                    }
                }
                double[] sorted = Arrays.copyOf(buf, m);
                Arrays.sort(sorted);
                median[k] = Quantiles.medianOfSorted(sorted, m);
                min[k] = m == 0 ? Double.NaN : sorted[0];
                max[k] = m == 0 ? Double.NaN : sorted[m - 1];
            }
            v.put(q + " (run median) / " + u, median);
            v.put(q + " (run min) / " + u, min);
            v.put(q + " (run max) / " + u, max);
        }
        return new CycleTable(v, n);
    }

    /**
     * The Li the cell held when the cycle began: {@value #NET_PLATED} at the end of the cycle before it
     * (0 for cycle 1). For a short in cycle c, this is the Li retained at the end of the last strip before it.
     */
    public double netPlatedBefore(int cycle) {
        if (cycle < 1 || cycle > rows) {
            throw new IllegalArgumentException("cycle " + cycle + " is not in 1.." + rows);
        }
        return cycle == 1 ? 0 : column(NET_PLATED).doubles()[cycle - 2];
    }

    /** Number of rows (cycles). */
    public int rows() {
        return rows;
    }

    /** Every column in order; the first is {@value #CYCLE}. Counts and flags are int columns. */
    public List<CyclingColumn> columns() {
        return columns;
    }

    /** The column with this label, or {@code null}. */
    public CyclingColumn column(String label) {
        return byLabel.get(label);
    }

    /** The value of a column in a row (row 0 is cycle 1); throws when the column does not exist. */
    public double value(String label, int row) {
        CyclingColumn c = byLabel.get(label);
        if (c == null) {
            throw new IllegalArgumentException("no column '" + label + "' in the cycle table");
        }
        return c.value(row);
    }
}
