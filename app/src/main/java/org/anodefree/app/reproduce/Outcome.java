package org.anodefree.app.reproduce;

import org.anodefree.experiment.Estimate;
import java.nio.file.Path;
import java.util.List;

/**
 * What a runner computed for an experiment.
 *
 * @param estimates one per check, in check order
 * @param figures the figures it wrote
 * @param details lines worth showing under the table (fitted inputs, map statistics)
 */
public record Outcome(List<Estimate> estimates, List<Path> figures, List<String> details) {
    public Outcome {
        estimates = List.copyOf(estimates);
        figures = List.copyOf(figures);
        details = List.copyOf(details);
    }
}
