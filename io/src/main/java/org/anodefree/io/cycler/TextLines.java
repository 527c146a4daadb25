package org.anodefree.io.cycler;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import org.anodefree.InputException;

/** Lines of a text file with their numbers, so that every parse error can name its line. */
final class TextLines implements AutoCloseable {
    private final String source;
    private final BufferedReader reader;
    private long number;
    private java.util.function.UnaryOperator<String> transform;

    TextLines(String source, InputStream in, Charset charset) {
        this(source, new InputStreamReader(in, charset));
    }

    /** Lines of any character source (the rows of a spreadsheet, written as delimited text). */
    TextLines(String source, java.io.Reader in) {
        this.source = source;
        this.reader = new BufferedReader(in, 1 << 16);
    }

    /** The next line without its terminator, or {@code null} at the end. */
    String next() {
        try {
            String line = reader.readLine();
            if (line != null) {
                number++;
                if (transform != null) {
                    line = transform.apply(line);
                }
            }
            return line;
        } catch (IOException e) {
            throw new InputException(source + ":" + (number + 1) + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Rewrites every line read from now on (an export that quotes whole lines, or one that interleaves summary
     * rows with the records); line numbers stay those of the file.
     */
    void transform(java.util.function.UnaryOperator<String> f) {
        transform = f;
    }

    /** The next line, or an error saying what was expected there. */
    String require(String expected) {
        String line = next();
        if (line == null) {
            throw InputException.at(source, number + 1, 0, "file ends where " + expected + " was expected");
        }
        return line;
    }

    /**
     * Reads preamble lines until the header line, which it returns; each preamble line goes to {@code preamble}
     * (which may throw on a line that cannot be one). {@code expected} names the header in the error given
     * when the file ends, or when no header came within {@code maxLines} lines.
     */
    String header(java.util.function.Predicate<String> isHeader, int maxLines, String expected,
            java.util.function.Consumer<String> preamble) {
        while (true) {
            String line = require(expected);
            if (isHeader.test(line)) {
                return line;
            }
            if (number >= maxLines) {
                throw InputException.at(source, number, 1, "no " + expected + " in the first " + maxLines + " lines");
            }
            preamble.accept(line);
        }
    }

    /** Number of the line last returned, from 1. */
    long number() {
        return number;
    }

    String source() {
        return source;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // Closing a file we only read cannot lose data.
        }
    }

    /** Splits a CSV line that may hold double-quoted fields (with "" for a quote) into a new array. */
    static String[] splitQuoted(String line, char delimiter) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char ch = line.charAt(k);
            if (quoted) {
                if (ch == '"' && k + 1 < line.length() && line.charAt(k + 1) == '"') {
                    f.append('"');
                    k++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == delimiter) {
                fields.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        fields.add(f.toString());
        return fields.toArray(new String[0]);
    }
}
