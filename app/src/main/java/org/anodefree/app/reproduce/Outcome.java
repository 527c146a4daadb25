package org.anodefree.app.reproduce;

import java.nio.file.Path;
import java.util.List;
import org.anodefree.experiment.Estimate;

/**
 * What a runner computed for an experiment.
 *
 * @param estimates one per check, in check order
 * @param figures the figures it wrote
 * @param details lines worth showing under the table (fitted inputs, map statistics)
 * @param judgeSeeds the seeds the simulated checks were judged on (null when nothing was simulated)
 * @param fitSeeds the experiment's fit seeds (null when nothing was simulated)
 */
public record Outcome(List<Estimate> estimates, List<Path> figures, List<String> details, String judgeSeeds,
        String fitSeeds) {
    public Outcome {
        estimates = List.copyOf(estimates);
        figures = List.copyOf(figures);
        details = List.copyOf(details);
    }

    /** An outcome with no simulated seeds (a deterministic runner). */
    public Outcome(List<Estimate> estimates, List<Path> figures, List<String> details) {
        this(estimates, figures, details, null, null);
    }
}
