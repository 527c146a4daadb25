package org.anodefree.io;

/**
 * The one tokenizer of delimited text in anodefree's readers: a line split at a one-character delimiter
 * into every field, empty ones included (a trailing delimiter ends in an empty field), with no quoting or
 * escaping, because no cycler or map export we read quotes its fields. As an object it holds the fields of
 * one line as start/end offsets, reused line after line, so that numbers are parsed in place without a
 * {@code String} per field; {@link #fields} gives them as strings where a line is read once
 * (headers, map rows). Core keeps its own split of the cathode OCV table (core cannot depend on io, and
 * that table is two numbers a line).
 */
public final class FieldSpans {
    private String line = "";
    private final int[] start;
    private final int[] end;
    /** Fields in the line (may exceed the capacity; those beyond it are not recorded). */
    private int count;

    /** Spans for lines of up to {@code capacity} recorded fields (more are counted, not recorded). */
    public FieldSpans(int capacity) {
        start = new int[capacity];
        end = new int[capacity];
    }

    /** Every field of {@code text} split at {@code delimiter}: {@code text.split(quote(delimiter), -1)}. */
    public static String[] fields(String text, char delimiter) {
        int n = 1;
        for (int i = text.indexOf(delimiter); i >= 0; i = text.indexOf(delimiter, i + 1)) {
            n++;
        }
        FieldSpans f = new FieldSpans(n);
        f.split(text, delimiter);
        String[] out = new String[n];
        for (int k = 0; k < n; k++) {
            out[k] = f.text(k);
        }
        return out;
    }

    /** Splits {@code text} at {@code delimiter}, replacing the previous line's fields. */
    public void split(String text, char delimiter) {
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

    /** The line last split. */
    public String line() {
        return line;
    }

    /** Fields in the line last split, recorded or not (an empty line has one, empty field). */
    public int count() {
        return count;
    }

    /** True when field {@code k} was present in the line (and recorded). */
    public boolean has(int k) {
        return k < count && k < start.length;
    }

    /** Where field {@code k} starts in {@link #line()}; only when {@link #has}. */
    public int start(int k) {
        return start[k];
    }

    /** Where field {@code k} ends (exclusive) in {@link #line()}; only when {@link #has}. */
    public int end(int k) {
        return end[k];
    }

    /** Field {@code k} as text, or "" when the line had fewer fields. */
    public String text(int k) {
        return has(k) ? line.substring(start[k], end[k]) : "";
    }
}
