package org.anodefree.io.cycler;

import org.anodefree.InputException;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecordBuilder;
import org.anodefree.io.FieldSpans;

/** The row loop shared by the delimited-text readers: split, parse through a {@link ColumnPlan}, adjust, write. */
final class DelimitedTable {
    /** A reader's adjustment of a parsed row before it is written (sign from a state column, and so on). */
    interface RowHook {
        void adjust(ColumnPlan plan, CyclingRecordBuilder builder, long line);
    }

    /**
     * How a table is read.
     *
     * @param delimiter field separator
     * @param mapper header field to target
     * @param hook row adjustment, or {@code null}
     * @param currentRequired without it a table with no current column gets current 0 (EIS at OCV)
     * @param decimalComma {@code null}: told from the first data row (a comma and no point in a number field,
     *        never with a comma delimiter)
     */
    record Spec(char delimiter, ColumnPlan.Mapper mapper, RowHook hook, boolean currentRequired,
            Boolean decimalComma) {
        static Spec of(char delimiter, ColumnPlan.Mapper mapper, RowHook hook) {
            return new Spec(delimiter, mapper, hook, true, delimiter == ',' ? Boolean.FALSE : null);
        }

        Spec choose(ColumnChoice choice, java.util.Set<String> keep) {
            return new Spec(delimiter, choice.filter(mapper, keep), hook, currentRequired, decimalComma);
        }

        Spec withoutRequiredCurrent() {
            return new Spec(delimiter, mapper, hook, false, decimalComma);
        }
    }

    private DelimitedTable() {
    }

    /** As {@link #read(TextLines, String, Spec, CyclingRecordBuilder)} with a comma or tab table of every column. */
    static void read(TextLines lines, String headerLine, char delimiter, ColumnPlan.Mapper mapper,
            CyclingRecordBuilder builder, RowHook hook, ColumnChoice choice, java.util.Set<String> keep) {
        read(lines, headerLine, Spec.of(delimiter, mapper, hook).choose(choice, keep), builder);
    }

    /**
     * Reads the rows after {@code headerLine} until the end; blank lines are skipped. The plan must map fields
     * to time and voltage, and to current when the spec requires it. A last line cut short (a file copied while
     * the cycler was still writing it) is dropped with a warning; anywhere else a short row is an error.
     */
    static void read(TextLines lines, String headerLine, Spec spec, CyclingRecordBuilder builder) {
        char delimiter = spec.delimiter();
        String[] header = FieldSpans.fields(headerLine, delimiter);
        int n = header.length;
        while (n > 0 && header[n - 1].isBlank()) {
            n--;
        }
        String line = lines.next();
        while (line != null && line.isBlank()) {
            line = lines.next();
        }
        boolean comma = spec.decimalComma() != null ? spec.decimalComma() : line != null && decimalComma(line, delimiter);
        ColumnPlan plan = new ColumnPlan(lines.source(), header, n, spec.mapper(), comma, builder);
        plan.require(BdfColumns.TEST_TIME, "test time");
        plan.require(BdfColumns.VOLTAGE, "voltage");
        boolean noCurrent = plan.slot(BdfColumns.CURRENT) < 0;
        if (spec.currentRequired() || !noCurrent) {
            plan.require(BdfColumns.CURRENT, "current");
        }
        FieldSpans fields = new FieldSpans(n + 8);
        while (line != null) {
            long number = lines.number();
            String next = lines.next();
            if (!line.isBlank()) {
                fields.split(line, delimiter);
                try {
                    plan.parse(fields, number);
                } catch (InputException e) {
                    if (next == null && fields.count() < n && builder.rows() > 0) {
                        builder.warn(lines.source() + ":" + number + ": the last line has " + fields.count() + " of "
                                + n + " fields (file cut while being written?); dropped");
                        break;
                    }
                    throw e;
                }
                if (noCurrent) {
                    builder.set(CyclingRecordBuilder.CURRENT, 0.0);
                }
                if (spec.hook() != null) {
                    spec.hook().adjust(plan, builder, number);
                }
                plan.write();
            }
            line = next;
        }
        plan.finish();
    }

    /** A German-locale export writes {@code 2,065E+001}: a comma and no point in a number field. */
    static boolean decimalComma(String line, char delimiter) {
        if (delimiter == ',') {
            return false;
        }
        for (String f : FieldSpans.fields(line, delimiter)) {
            String t = f.trim();
            int c = t.indexOf(',');
            if (c > 0 && t.indexOf('.') < 0 && t.indexOf(':') < 0 && Character.isDigit(t.charAt(c - 1))) {
                return true;
            }
        }
        return false;
    }
}
