package org.anodefree.io.cycler;

import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecordBuilder;

/** The row loop shared by the delimited-text readers: split, parse through a {@link ColumnPlan}, adjust, write. */
final class DelimitedTable {
    /** A reader's adjustment of a parsed row before it is written (sign from a state column, and so on). */
    interface RowHook {
        void adjust(ColumnPlan plan, CyclingRecordBuilder builder, long line);
    }

    private DelimitedTable() {
    }

    /**
     * Reads the rows after {@code headerLine} until the end; blank lines are skipped. The plan must map fields
     * to time, voltage and current.
     */
    static void read(TextLines lines, String headerLine, char delimiter, ColumnPlan.Mapper mapper,
            CyclingRecordBuilder builder, RowHook hook) {
        read(lines, headerLine, delimiter, mapper, builder, hook, true);
    }

    /** As above, keeping only the chosen columns (and {@code keep}, which a reader's hook needs). */
    static void read(TextLines lines, String headerLine, char delimiter, ColumnPlan.Mapper mapper,
            CyclingRecordBuilder builder, RowHook hook, ColumnChoice choice, java.util.Set<String> keep) {
        read(lines, headerLine, delimiter, choice.filter(mapper, keep), builder, hook, true);
    }

    /** As above; without {@code currentRequired} a table with no current column gets current 0 (EIS at OCV). */
    static void read(TextLines lines, String headerLine, char delimiter, ColumnPlan.Mapper mapper,
            CyclingRecordBuilder builder, RowHook hook, boolean currentRequired) {
        String[] header = headerLine.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
        int n = header.length;
        while (n > 0 && header[n - 1].isBlank()) {
            n--;
        }
        ColumnPlan plan = new ColumnPlan(lines.source(), header, n, mapper, false, builder);
        plan.require(BdfColumns.TEST_TIME, "test time");
        plan.require(BdfColumns.VOLTAGE, "voltage");
        boolean noCurrent = plan.slot(BdfColumns.CURRENT) < 0;
        if (currentRequired || !noCurrent) {
            plan.require(BdfColumns.CURRENT, "current");
        }
        FieldSpans fields = new FieldSpans(n + 8);
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) {
                continue;
            }
            fields.split(line, delimiter);
            plan.parse(fields, lines.number());
            if (noCurrent) {
                builder.set(CyclingRecordBuilder.CURRENT, 0.0);
            }
            if (hook != null) {
                hook.adjust(plan, builder, lines.number());
            }
            plan.write();
        }
        plan.finish();
    }
}
