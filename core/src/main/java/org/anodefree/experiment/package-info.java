/**
 * The library form of a study: a typed simulated experiment (cell, protocol, overrides, grid, seeds and
 * checks: {@link org.anodefree.experiment.SimulatedExperiment}), a deterministic ensemble runner over
 * seeds ({@link org.anodefree.experiment.EnsembleRunner}), and the one registry of measures
 * ({@link org.anodefree.experiment.Measures}). The command line's {@code reproduce}, {@code calibrate} and
 * {@code simulate} and the Spark sweep call it; nothing here writes files or knows which paper row it runs.
 */
package org.anodefree.experiment;
