package org.anodefree.io.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.anodefree.InputException;
import org.anodefree.experiment.Check;
import org.anodefree.experiment.SimulatedExperiment;

/**
 * One reproduction experiment as data: what to run ({@code kind} and {@code inputs}) and what the
 * paper reports with the band a reproduction must fall in. The runner of a kind sees only the
 * inputs; nothing in the code knows which experiment it runs.
 *
 * @param id short id, e.g. F5
 * @param title one line
 * @param figure where in the source study the outcome is
 * @param kind which runner computes it
 * @param inputs the runner's inputs (numbers and strings)
 * @param checks the reported outcomes ({@link Check}, with their bands)
 * @param note anything a reader should know (interpretation of the paper, what was fitted)
 * @param file the file it came from
 */
public record Experiment(String id, String title, String figure, String kind, Map<String, Object> inputs,
        List<Check> checks, String note, Path file) {

    /** A number from the inputs, or an error naming the file and key. */
    public double number(String key) {
        Object v = inputs.get(key);
        if (!(v instanceof Number n)) {
            throw new InputException(file + ": input '" + key + "' must be a number, got " + v);
        }
        return n.doubleValue();
    }

    /** A number from the inputs, or the default when absent. */
    public double number(String key, double defaultValue) {
        return inputs.containsKey(key) ? number(key) : defaultValue;
    }

    /** A string from the inputs, or an error naming the file and key. */
    public String text(String key) {
        Object v = inputs.get(key);
        if (v == null) {
            throw new InputException(file + ": input '" + key + "' is missing");
        }
        return v.toString();
    }

    /** This experiment as a typed simulated experiment (kind {@code simulate}). */
    public SimulatedExperiment simulated() {
        if (!"simulate".equals(kind)) {
            throw new InputException(file + ": experiment " + id + " is of kind '" + kind + "', not simulate");
        }
        return SimulatedExperiment.fromInputs(id, inputs, checks, String.valueOf(file));
    }
}
