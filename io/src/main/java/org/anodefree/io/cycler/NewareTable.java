package org.anodefree.io.cycler;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * The records of a Neware {@code .nda} or {@code .ndax} in columns, as the binary readers decode them, and
 * their conversion to a {@link CyclingRecord}: records sorted by their index with repeats dropped (BTSDA
 * rewrites records it resends), total time accumulated step by step where the file stores only step time
 * (as BTSDA's own {@code Total Time}), current from mA to A. Neware's current is signed, positive on charge.
 */
final class NewareTable {
    int rows;
    long[] index;
    int[] cycle;
    int[] stepIndex;
    int[] stepType;
    /** Step count (1, 2, ... at each new step); {@code null}: counted from changes of {@link #stepIndex}. */
    int[] stepCount;
    double[] stepTimeSeconds;
    /** Total test time; {@code null}: accumulated from step times. */
    double[] totalTimeSeconds;
    double[] voltageVolts;
    double[] currentMilliamps;
    double[] chargeMilliampHours;
    double[] dischargeMilliampHours;
    double[] chargeMilliwattHours;
    double[] dischargeMilliwattHours;
    double[] unixSeconds;
    /** Aux channels by record label ({@code T1 / degC}), aligned with the rows. */
    final Map<String, double[]> aux = new LinkedHashMap<>();

    NewareTable(int capacity) {
        rows = 0;
        index = new long[capacity];
        cycle = new int[capacity];
        stepIndex = new int[capacity];
        stepType = new int[capacity];
        stepTimeSeconds = new double[capacity];
        voltageVolts = new double[capacity];
        currentMilliamps = new double[capacity];
        chargeMilliampHours = new double[capacity];
        dischargeMilliampHours = new double[capacity];
        chargeMilliwattHours = new double[capacity];
        dischargeMilliwattHours = new double[capacity];
        unixSeconds = new double[capacity];
        Arrays.fill(unixSeconds, Double.NaN);
    }

    /** The record, keeping the chosen columns; {@code metadata} and {@code warnings} are added to it. */
    CyclingRecord toRecord(String source, ColumnChoice columns, Map<String, String> metadata,
            java.util.List<String> warnings) {
        int[] order = order();
        int n = order.length;
        if (n < rows) {
            warnings.add(source + ": " + (rows - n) + " repeated record index(es) dropped (the first kept)");
        }
        int[] count = stepCount != null ? stepCount : countChanges(stepIndex);
        CyclingRecordBuilder b = new CyclingRecordBuilder(source, n);
        int first = b.appendRows(n);
        int cycleH = b.intColumn(BdfColumns.CYCLE_COUNT);
        int stepH = b.intColumn(BdfColumns.STEP_INDEX);
        int countH = b.intColumn(BdfColumns.STEP_COUNT);
        int stepTimeH = b.doubleColumn(BdfColumns.STEP_TIME);
        int unixH = b.doubleColumn(BdfColumns.UNIX_TIME);
        boolean all = columns == ColumnChoice.ALL;
        int typeH = all ? b.intColumn("Step Type / 1") : -1;
        int indexH = all ? b.intColumn("Record Index / 1") : -1;
        double[] total = totalTimeSeconds != null ? totalTimeSeconds : totalTime(count);
        String[] own = {"Step Charge Capacity / Ah", "Step Discharge Capacity / Ah", "Step Charge Energy / Wh",
            "Step Discharge Energy / Wh"};
        double[][] ownValues = {chargeMilliampHours, dischargeMilliampHours, chargeMilliwattHours,
            dischargeMilliwattHours};
        int[] ownH = new int[own.length];
        for (int k = 0; k < own.length; k++) {
            ownH[k] = all ? b.doubleColumn(own[k]) : -1;
        }
        java.util.List<String> auxLabels = new java.util.ArrayList<>(aux.keySet());
        int[] auxH = new int[auxLabels.size()];
        for (int k = 0; k < auxH.length; k++) {
            auxH[k] = all ? b.doubleColumn(auxLabels.get(k)) : -1;
        }
        for (int r = 0; r < n; r++) {
            int s = order[r];
            int at = first + r;
            b.doubleStorage(CyclingRecordBuilder.TIME)[at] = total[s];
            b.doubleStorage(CyclingRecordBuilder.VOLTAGE)[at] = voltageVolts[s];
            b.doubleStorage(CyclingRecordBuilder.CURRENT)[at] = currentMilliamps[s] * 1e-3;
            b.intStorage(cycleH)[at] = cycle[s];
            b.intStorage(stepH)[at] = stepIndex[s];
            b.intStorage(countH)[at] = count[s];
            b.doubleStorage(stepTimeH)[at] = stepTimeSeconds[s];
            b.doubleStorage(unixH)[at] = unixSeconds[s];
            if (all) {
                b.intStorage(typeH)[at] = stepType[s];
                b.intStorage(indexH)[at] = (int) Math.min(Integer.MAX_VALUE, index[s]);
                for (int k = 0; k < own.length; k++) {
                    b.doubleStorage(ownH[k])[at] = ownValues[k][s] * 1e-3;
                }
                for (int k = 0; k < auxH.length; k++) {
                    b.doubleStorage(auxH[k])[at] = aux.get(auxLabels.get(k))[s];
                }
            }
        }
        String start = n > 0 ? CyclerMetadata.clockTime(unixSeconds[order[0]]) : null;
        if (!metadata.containsKey(CyclerMetadata.START_TIME) && start != null) {
            b.metadata(CyclerMetadata.START_TIME, start);
        }
        metadata.forEach(b::metadata);
        b.metadata("neware.step_types", NewareCodes.stepTypeLegend(stepType, rows));
        b.metadata(CyclerMetadata.INSTRUMENT, metadata.getOrDefault(CyclerMetadata.INSTRUMENT, "Neware"));
        warnings.forEach(b::warn);
        return b.build();
    }

    /** Row order by record index, each index once (the first row that has it). */
    private int[] order() {
        boolean increasing = true;
        for (int r = 1; r < rows && increasing; r++) {
            increasing = index[r] > index[r - 1];
        }
        if (increasing) {
            int[] o = new int[rows];
            Arrays.setAll(o, k -> k);
            return o;
        }
        Integer[] boxed = new Integer[rows];
        Arrays.setAll(boxed, k -> k);
        Arrays.sort(boxed, (a, c) -> index[a] != index[c] ? Long.compare(index[a], index[c]) : Integer.compare(a, c));
        int[] o = new int[rows];
        int n = 0;
        for (int k = 0; k < rows; k++) {
            if (n == 0 || index[boxed[k]] != index[o[n - 1]]) {
                o[n++] = boxed[k];
            }
        }
        return Arrays.copyOf(o, n);
    }

    /** 1, 2, ... increasing wherever the value changes from the row before. */
    int[] countChanges(int[] values) {
        int[] c = new int[rows];
        for (int r = 0; r < rows; r++) {
            c[r] = r == 0 ? 1 : c[r - 1] + (values[r] != values[r - 1] ? 1 : 0);
        }
        return c;
    }

    /** Step time plus the final step time of every earlier step, as BTSDA's Total Time. */
    private double[] totalTime(int[] count) {
        double[] t = new double[rows];
        double offset = 0;
        double stepMax = 0;
        for (int r = 0; r < rows; r++) {
            if (r > 0 && count[r] != count[r - 1]) {
                offset += stepMax;
                stepMax = 0;
            }
            stepMax = Math.max(stepMax, stepTimeSeconds[r]);
            t[r] = offset + stepTimeSeconds[r];
        }
        return t;
    }

    /** Grows the arrays to hold {@code capacity} rows. */
    void ensure(int capacity) {
        if (capacity <= index.length) {
            return;
        }
        int c = Math.max(capacity, index.length * 3 / 2 + 16);
        index = Arrays.copyOf(index, c);
        cycle = Arrays.copyOf(cycle, c);
        stepIndex = Arrays.copyOf(stepIndex, c);
        stepType = Arrays.copyOf(stepType, c);
        stepTimeSeconds = Arrays.copyOf(stepTimeSeconds, c);
        voltageVolts = Arrays.copyOf(voltageVolts, c);
        currentMilliamps = Arrays.copyOf(currentMilliamps, c);
        chargeMilliampHours = Arrays.copyOf(chargeMilliampHours, c);
        dischargeMilliampHours = Arrays.copyOf(dischargeMilliampHours, c);
        chargeMilliwattHours = Arrays.copyOf(chargeMilliwattHours, c);
        dischargeMilliwattHours = Arrays.copyOf(dischargeMilliwattHours, c);
        int old = unixSeconds.length;
        unixSeconds = Arrays.copyOf(unixSeconds, c);
        Arrays.fill(unixSeconds, old, c, Double.NaN);
    }
}
