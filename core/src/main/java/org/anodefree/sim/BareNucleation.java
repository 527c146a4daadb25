package org.anodefree.sim;

import java.util.Locale;
import org.anodefree.ModelException;
import org.anodefree.cell.CathodeState;
import org.anodefree.current.CurrentDistribution;
import org.anodefree.model.NucleationLaw;

/**
 * Nucleation of Li on bare pixels during a run: the first nuclei when plating starts on an interface with
 * no Li, and nuclei that form on bare pixels under the overpotential of each plating time step. Both draw
 * from one counter of the law's random stream, so a run's nuclei are a pure function of its seed.
 */
final class BareNucleation {
    private final NucleationLaw law;
    private final long seed;
    private final double windowSeconds;
    private final double[] etaBare;
    private long draws;

    BareNucleation(NucleationLaw law, long seed, double windowSeconds, int pixels) {
        this.law = law;
        this.seed = seed;
        this.windowSeconds = windowSeconds;
        this.etaBare = new double[pixels];
    }

    /**
     * Plating onto an interface with no Li. The electrode polarises (double-layer charging, not
     * modelled, takes about a millisecond at these currents) and bare pixels nucleate as the
     * overpotential rises, until the nucleated pixels can carry the applied current. Quasi-static: the
     * overpotential starts where one nucleus is expected within the nucleation window
     * ({@link SimulationSettings#nucleationWindowSeconds()}) over the patch and rises by at most 5% at a
     * time; at each level bare pixels nucleate over that window; it stops when the solve on the nucleated
     * pixels leaves the bare pixels at no more overpotential than the level reached. No time passes and no
     * row is written during the ramp; the first row is the solve at its end (the top of the nucleation dip).
     */
    void firstNuclei(double external, InterfaceState state, Electrochemistry echem, CathodeState cathode) {
        int n = state.pixels();
        double lo = 0;
        double hi = 2.0;
        for (int it = 0; it < 80; it++) {
            double mid = 0.5 * (lo + hi);
            if (n * law.probability(mid, windowSeconds) >= 1) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double eta = hi;
        for (int attempt = 0; attempt < 1000; attempt++) {
            for (int i = 0; i < n; i++) {
                etaBare[i] = state.hasLithium(i) ? 0 : eta;
            }
            state.nucleate(law, etaBare, windowSeconds, seed, draws++);
            if (state.activePixels(true) == 0) {
                eta *= 1.05;
                continue;
            }
            if (state.lithiumPixels() == n) {
                return;
            }
            echem.solveAt(external, cathode);
            CurrentDistribution last = echem.last();
            double e = last.electrodePotentialVolts();
            double bare = 0;
            for (int i = 0; i < n; i++) {
                if (!state.hasLithium(i)) {
                    bare = Math.max(bare, last.interfacePotentialAt(i) - e);
                }
            }
            if (bare <= eta) {
                return;
            }
            eta = Math.min(bare, eta * 1.05);
        }
        throw new ModelException("plating onto bare current collector: nucleation did not catch up with the current"
                + String.format(Locale.ROOT, " up to %.3g V", eta));
    }

    /** Bare pixels nucleate over {@code dt} at the overpotential the last plating solve left them. */
    void afterPlating(CurrentDistribution last, double dt, InterfaceState state) {
        // Read the potential in place: a copy of the field every time step is the allocation to avoid.
        double e = last.electrodePotentialVolts();
        for (int i = 0; i < etaBare.length; i++) {
            etaBare[i] = state.hasLithium(i) ? 0 : last.interfacePotentialAt(i) - e;
        }
        state.nucleate(law, etaBare, dt, seed, draws++);
    }
}
