package org.anodefree;

/** A numerical solver that did not converge, with what it reached and what it needed. */
public class SolverException extends AnodefreeException {
    private static final long serialVersionUID = 1L;

    public SolverException(String message) {
        super(message);
    }
}
