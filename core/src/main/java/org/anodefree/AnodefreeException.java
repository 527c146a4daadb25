package org.anodefree;

/** The root of anodefree's exceptions: every error the toolkit raises on purpose is one of these. */
public class AnodefreeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnodefreeException(String message) {
        super(message);
    }

    public AnodefreeException(String message, Throwable cause) {
        super(message, cause);
    }
}
