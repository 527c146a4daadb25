package org.anodefree.cycling;

/**
 * Thresholds of the short-circuit evidence. Polarization here is the voltage oriented so that it is
 * positive for the current's own direction (the plating overpotential while plating, and so on).
 *
 * @param collapseFraction a fall of the polarization between two rows by this fraction of its value counts
 *        as a collapse (a half cell at -20 mV that jumps to -2 mV: fraction 0.9)
 * @param collapseVolts a fall by this many volts counts as a collapse whatever the level (full cells)
 * @param collapseMinVolts polarizations below this are too small to collapse (noise floor of the cycler)
 * @param noiseFactor a step whose noise exceeds this multiple of the cell's early steps is noisy
 * @param noiseMinVolts and whose noise exceeds this absolute level
 * @param baselineSegments how many early segments of each direction give the noise baseline
 * @param cutoffAgreementVolts earlier steps that ended within this of each other ended at a voltage cutoff
 * @param cutoffShortfallVolts a step ending further than this short of that cutoff did not reach it
 */
public record ShortCircuitCriteria(double collapseFraction, double collapseVolts, double collapseMinVolts,
        double noiseFactor, double noiseMinVolts, int baselineSegments, double cutoffAgreementVolts,
        double cutoffShortfallVolts) {

    public ShortCircuitCriteria {
        if (!(collapseFraction > 0 && collapseFraction <= 1)) {
            throw new IllegalArgumentException("collapseFraction must be in (0, 1], got " + collapseFraction);
        }
        if (!(collapseVolts > 0) || !(collapseMinVolts >= 0) || !(noiseFactor > 1) || !(noiseMinVolts >= 0)
                || baselineSegments < 1 || !(cutoffAgreementVolts > 0) || !(cutoffShortfallVolts > 0)) {
            throw new IllegalArgumentException("short-circuit thresholds must be positive (noiseFactor > 1)");
        }
    }

    /** Defaults for lab cells: 50 % or 0.2 V collapse above 2 mV; 5x and 0.5 mV noise; 10 mV / 0.1 V cutoff. */
    public static ShortCircuitCriteria defaults() {
        return new ShortCircuitCriteria(0.5, 0.2, 0.002, 5.0, 0.0005, 3, 0.01, 0.1);
    }
}
