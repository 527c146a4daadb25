package org.anodefree.app.reproduce;

import java.nio.file.Path;
import org.anodefree.io.config.Experiment;

/** Computes the quantities an experiment's checks ask for, from its inputs alone, for one kind of experiment. */
public interface ExperimentRunner {
    /** The {@code kind} of experiment file this runner computes. */
    String kind();

    /**
     * Runs the experiment and returns a value per check (in check order), writing figures to {@code outDir}.
     */
    Outcome run(Experiment experiment, Path outDir);
}
