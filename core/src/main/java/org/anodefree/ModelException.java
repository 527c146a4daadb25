package org.anodefree;

/** A model that cannot go on: parameters out of their physical range, or a state no law can handle. */
public class ModelException extends AnodefreeException {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }
}
