package org.anodefree.io.cycler;

import java.util.List;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Which EC-Lab columns give the BDF time, voltage, current, step and cycle, shared by the {@code .mpr} and
 * {@code .mpt} readers.
 *
 * <p>Sign: EC-Lab's current is positive when the working electrode is oxidised. With the positive electrode
 * (or the Cu of a Cu | Li cell) on the working lead that is charging, so it is BDF current as it stands.
 */
final class BiologicBdf {
    final int time;
    final int voltage;
    final int current;
    final int step;
    final int cycle;

    private BiologicBdf(List<String> names) {
        time = names.indexOf("time/s");
        voltage = first(names, "Ewe/V", "<Ewe>/V", "<Ewe/V>", "Ecell/V", "<Ecell>/V");
        current = first(names, "I/mA", "<I>/mA");
        step = names.indexOf("Ns");
        cycle = names.indexOf("cycle number");
    }

    /** The BDF sources among {@code names}; a missing time column is an error, missing voltage a warning. */
    static BiologicBdf of(String source, List<String> names, CyclingRecordBuilder builder) {
        BiologicBdf b = new BiologicBdf(names);
        if (b.time < 0) {
            throw new org.anodefree.InputException(source + ": no 'time/s' column among " + names);
        }
        if (b.voltage < 0) {
            builder.warn(source + ": no Ewe/V, <Ewe>/V or Ecell/V column; voltage left empty");
        }
        if (b.current < 0 && !names.contains("dq/mA.h")) {
            builder.warn(source + ": no I/mA or <I>/mA column; current taken as 0 (an open-circuit technique)");
        }
        return b;
    }

    /** Handle of the BDF column a native column feeds, or -1. */
    int bdfHandle(int column, CyclingRecordBuilder builder) {
        if (column == time) {
            return CyclingRecordBuilder.TIME;
        } else if (column == voltage) {
            return CyclingRecordBuilder.VOLTAGE;
        } else if (column == current) {
            return CyclingRecordBuilder.CURRENT;
        } else if (column == step) {
            return builder.intColumn(BdfColumns.STEP_INDEX);
        } else if (column == cycle) {
            return builder.intColumn(BdfColumns.CYCLE_COUNT);
        }
        return -1;
    }

    /** True when the BDF column a native column feeds is an int column. */
    boolean bdfIsInt(int column) {
        return column == step || column == cycle;
    }

    /** Factor from the native unit to SI for the BDF column. */
    double bdfFactor(int column) {
        return column == current ? 1e-3 : 1.0;
    }

    private static int first(List<String> names, String... candidates) {
        for (String c : candidates) {
            int k = names.indexOf(c);
            if (k >= 0) {
                return k;
            }
        }
        return -1;
    }
}
