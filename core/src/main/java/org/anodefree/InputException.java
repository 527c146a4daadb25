package org.anodefree;

/**
 * Bad input from a user: a file, a line, an option or a field that cannot be used as given.
 * The message names where the problem is, the bad value, and what would be valid.
 */
public class InputException extends AnodefreeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error at a place in a text source, such as {@code map.csv:12:7}. */
    public static InputException at(String source, long line, long column, String message) {
        String where = column > 0 ? source + ":" + line + ":" + column : source + ":" + line;
        return new InputException(where + ": " + message);
    }

    /** An error at a byte offset in a binary source. */
    public static InputException atByte(String source, long offset, String message) {
        return new InputException(source + " (byte " + offset + "): " + message);
    }
}
