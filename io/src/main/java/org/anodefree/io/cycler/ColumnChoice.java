package org.anodefree.io.cycler;

import java.util.Set;
import org.anodefree.cycling.BdfColumns;

/**
 * Which columns a reader keeps: every column of the file, or only the BDF ones (time, voltage, current,
 * cycle, step, capacities), which bounds the memory of a very long file to about 32 bytes per row.
 */
public enum ColumnChoice {
    ALL,
    BDF;

    /** The mapper with non-BDF targets dropped under {@link #BDF}, except the labels in {@code keep}. */
    ColumnPlan.Mapper filter(ColumnPlan.Mapper mapper, Set<String> keep) {
        if (this == ALL) {
            return mapper;
        }
        return h -> {
            ColumnPlan.Target t = mapper.map(h);
            return t == null || BdfColumns.isStandard(t.label()) || keep.contains(t.label()) ? t : null;
        };
    }
}
