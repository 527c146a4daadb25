package org.anodefree.io.cycler;

/**
 * The fields of one delimited line as start/end offsets into it, reused line after line, so that numbers
 * are parsed in place without a {@code String} per field.
 */
final class FieldSpans {
    String line = "";
    final int[] start;
    final int[] end;
    /** Fields in the line (may exceed the capacity; those beyond it are not recorded). */
    int count;

    FieldSpans(int capacity) {
        start = new int[capacity];
        end = new int[capacity];
    }

    /** Splits {@code text} at {@code delimiter}. */
    void split(String text, char delimiter) {
        line = text;
        int n = 0;
        int from = 0;
        int len = text.length();
        while (true) {
            int to = text.indexOf(delimiter, from);
            if (to < 0) {
                to = len;
            }
            if (n < start.length) {
                start[n] = from;
                end[n] = to;
            }
            n++;
            if (to == len) {
                count = n;
                return;
            }
            from = to + 1;
        }
    }

    /** True when field {@code k} was present in the line. */
    boolean has(int k) {
        return k < count && k < start.length;
    }

    /** Field {@code k} as text, or "" when the line had fewer fields. */
    String text(int k) {
        return has(k) ? line.substring(start[k], end[k]) : "";
    }
}
