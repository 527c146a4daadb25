package org.anodefree.model;

/**
 * Names of the independent random streams a simulation draws from, so that two laws never share
 * numbers and adding a law does not shift the draws of another.
 */
public enum RandomStream {
    /** Per-pixel critical current density for filament start. */
    FILAMENT_THRESHOLD,
    /** Per-pixel critical current density for void formation. */
    VOID_THRESHOLD,
    /** White noise under the contact/kinetics heterogeneity field. */
    HETEROGENEITY,
    /** Per-pixel, per-time-step nucleation events. */
    NUCLEATION,
    /** The part of the stripping heterogeneity field independent of the plating one. */
    STRIPPING_HETEROGENEITY;

    /** The stream id passed to {@link SeededUniforms}. */
    public long id() {
        return 0x5EED0000L + ordinal();
    }
}
