package org.anodefree.parameters;

import java.util.List;
import org.anodefree.InputException;

/**
 * One parameter's value with where it comes from: a {@code source} (paper, datasheet, or literature
 * with DOI), and/or the reproduction rows it is {@code calibrated} on. At least one is required.
 */
public record ParameterEntry(Parameter parameter, double value, String source, List<String> calibratedOn, String note) {
    public ParameterEntry {
        if (parameter == null) {
            throw new InputException("parameter entry: parameter is required");
        }
        parameter.check(value, parameter.key());
        source = source == null || source.isBlank() ? null : source.strip();
        calibratedOn = calibratedOn == null ? List.of() : List.copyOf(calibratedOn);
        if (source == null && calibratedOn.isEmpty()) {
            throw new InputException(parameter.key() + ": every value needs a 'source' or a 'calibrated' list of rows");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The same entry with a new value set by the user; its provenance says so. */
    public ParameterEntry overridden(double newValue) {
        return new ParameterEntry(parameter, newValue, "set by the user (--set); default from " + describeSource(),
                List.of(), note);
    }

    private String describeSource() {
        return source != null ? source : "calibration on " + String.join(", ", calibratedOn);
    }
}
