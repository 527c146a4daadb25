package org.anodefree.sim;

/** Why a run ended. */
public enum StopReason {
    /** Every protocol step ran. */
    PROTOCOL_COMPLETE("protocol complete"),
    /**
     * A filament bridged the separator: a cell with a cathode stops at once (it would discharge itself
     * through the bridge, which is not simulated); a half cell runs on for
     * {@link SimulationSettings#afterShortSeconds()} so that the collapsed voltage is recorded.
     */
    SHORT_CIRCUIT("short circuit");

    private final String description;

    StopReason(String description) {
        this.description = description;
    }

    /** In words, as the record's {@code stop} metadata and summaries write it. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
