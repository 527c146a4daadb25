package org.anodefree.parameters;

import org.anodefree.InputException;

/**
 * One parameter's value with where it comes from ({@link Provenance}: a source, a fit by the committed
 * calibration spec, an assumption with its reason and the range tried, or a user's override) and an
 * optional note.
 */
public record ParameterEntry(Parameter parameter, double value, Provenance provenance, String note) {
    public ParameterEntry {
        if (parameter == null) {
            throw new InputException("parameter entry: parameter is required");
        }
        parameter.check(value, parameter.key());
        if (provenance == null) {
            throw new InputException(parameter.key() + ": every value needs one of source:, fitted: or assumed:");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The same entry with a new value set by the user; its provenance says so. */
    public ParameterEntry overridden(double newValue) {
        return new ParameterEntry(parameter, newValue, new Provenance(Provenance.Kind.USER,
                "set by the user (--set); default " + value + " from " + provenance), note);
    }

    /** The citation, when the provenance is a source (null otherwise). */
    public String source() {
        return provenance.kind() == Provenance.Kind.SOURCE ? provenance.text() : null;
    }
}
