package org.anodefree.sim;

import org.anodefree.current.CurrentDistribution;
import org.anodefree.model.InterfaceLaws;
import org.anodefree.model.LithiumLossLaw;
import org.anodefree.model.RandomStream;
import org.anodefree.units.LithiumMetal;

/**
 * The anode interface as the stepper evolves it: per pixel (row-major, {@code width x width}) the
 * flat Li thickness, whether the pixel holds Li (bare Cu and depleted pixels carry no current), the
 * heterogeneity factor of its exchange current, its filament threshold, and its filament (length and
 * the Li it holds). Fields are mutable and owned by one {@link Simulation}; nothing here allocates
 * per time step.
 */
final class InterfaceState {
    final int width;
    final int pixels;
    final double[] thicknessMeters;
    final boolean[] hasLithium;
    final double[] heterogeneityFactor;
    final double[] filamentThresholdAmpsPerM2;
    final boolean[] filamentStarted;
    final double[] filamentLengthMeters;
    /** Li in each pixel's filament, C/m2 of pixel area (it stays there when the pixel strips). */
    final double[] filamentCoulombsPerM2;
    /** Li | electrolyte contact left by voids, in [0, 1]; below the void law's stranded contact the Li is cut off. */
    final double[] voidContact;
    final double[] voidThresholdAmpsPerM2;
    final double[] contactFraction;
    /** Age of each pixel's Li | electrolyte interphase, s: time its Li has been in contact since it was fresh. */
    final double[] interphaseAgeSeconds;
    private final double strandedContact;
    private final double[] shortfallWork;

    InterfaceState(int width, double pixelSizeMeters, InterfaceLaws laws, long seed, double initialThicknessMeters) {
        this.width = width;
        this.pixels = width * width;
        thicknessMeters = new double[pixels];
        hasLithium = new boolean[pixels];
        heterogeneityFactor = new double[pixels];
        filamentThresholdAmpsPerM2 = new double[pixels];
        filamentStarted = new boolean[pixels];
        filamentLengthMeters = new double[pixels];
        filamentCoulombsPerM2 = new double[pixels];
        contactFraction = new double[pixels];
        voidContact = new double[pixels];
        voidThresholdAmpsPerM2 = new double[pixels];
        interphaseAgeSeconds = new double[pixels];
        java.util.Arrays.fill(voidContact, 1.0);
        strandedContact = laws.voids().strandedContact();
        shortfallWork = new double[pixels];
        laws.heterogeneity().fill(seed, width, width, pixelSizeMeters, heterogeneityFactor);
        laws.filamentThreshold().fill(seed, RandomStream.FILAMENT_THRESHOLD, filamentThresholdAmpsPerM2);
        laws.voidThreshold().fill(seed, RandomStream.VOID_THRESHOLD, voidThresholdAmpsPerM2);
        if (initialThicknessMeters > 0) {
            java.util.Arrays.fill(thicknessMeters, initialThicknessMeters);
            java.util.Arrays.fill(hasLithium, true);
        }
    }

    /**
     * Whether a pixel takes part in the electrochemistry. Plating: every Li-holding pixel, through
     * whatever contact voids left it (Li+ arrives at the remaining contact points and the plated Li
     * fills the void). Stripping: only Li that voids have not cut off; below the stranded contact the
     * Li is isolated behind a void and cannot be oxidised.
     */
    boolean active(int i, boolean plating) {
        return hasLithium[i] && (plating || voidContact[i] >= strandedContact);
    }

    /** Whether the pixel's Li is stranded: held, but cut off from stripping by voids. */
    boolean stranded(int i) {
        return hasLithium[i] && voidContact[i] < strandedContact;
    }

    /** Electrochemically active area: Li-holding pixels weighted by their contact, over the patch. */
    double activeAreaFraction() {
        double sum = 0;
        for (int i = 0; i < pixels; i++) {
            if (hasLithium[i]) {
                sum += voidContact[i];
            }
        }
        return sum / pixels;
    }

    /** Each pixel's contact with the electrolyte, 0 where it holds no Li (a copy, for snapshots). */
    double[] contactCopy() {
        double[] c = new double[pixels];
        for (int i = 0; i < pixels; i++) {
            c[i] = hasLithium[i] ? voidContact[i] : 0;
        }
        return c;
    }

    /** Pixels holding Li (active or stranded). */
    int lithiumPixels() {
        int n = 0;
        for (int i = 0; i < pixels; i++) {
            if (hasLithium[i]) {
                n++;
            }
        }
        return n;
    }

    /** Active pixels in that direction (the active set of the next solve). */
    int activePixels(boolean plating) {
        int n = 0;
        for (int i = 0; i < pixels; i++) {
            if (active(i, plating)) {
                n++;
            }
        }
        return n;
    }

    /** Li cut off by voids, C/m2 of patch area. */
    double strandedCoulombsPerM2() {
        double sum = 0;
        for (int i = 0; i < pixels; i++) {
            if (stranded(i)) {
                sum += thicknessMeters[i];
            }
        }
        return LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(sum) / pixels;
    }

    /** Share of the patch's area under Li that voids have taken out of contact. */
    double voidedAreaFraction() {
        double sum = 0;
        for (int i = 0; i < pixels; i++) {
            if (hasLithium[i]) {
                sum += 1 - voidContact[i];
            }
        }
        return sum / pixels;
    }

    /** Mean thickness over Li-holding pixels, m (0 when none). */
    double meanLithiumThicknessMeters() {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < pixels; i++) {
            if (hasLithium[i]) {
                sum += thicknessMeters[i];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /**
     * Fills {@link #contactFraction} with each active pixel's exchange-current multiplier (heterogeneity
     * times void contact times thickness feedback) divided by the largest, so that it lies in (0, 1], and returns that
     * largest multiplier: the solver's exchange current density is j0 times it, which gives every
     * pixel exactly j0 f_i g_i.
     */
    double fillContact(InterfaceLaws laws, boolean plating) {
        double mean = meanLithiumThicknessMeters();
        double max = 0;
        for (int i = 0; i < pixels; i++) {
            double m = 0;
            if (active(i, plating)) {
                m = heterogeneityFactor[i] * voidContact[i]
                        * (mean > 0 ? laws.contactFeedback().factor(thicknessMeters[i], mean) : 1.0);
                max = Math.max(max, m);
            }
            contactFraction[i] = m;
        }
        if (max > 0) {
            for (int i = 0; i < pixels; i++) {
                contactFraction[i] /= max;
            }
        }
        return max;
    }

    /** Li metal on the interface (flat deposit and filaments), C/m2 of patch area. */
    double metalCoulombsPerM2() {
        double flat = 0;
        double fil = 0;
        for (int i = 0; i < pixels; i++) {
            flat += thicknessMeters[i];
            fil += filamentCoulombsPerM2[i];
        }
        return (LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(flat) + fil) / pixels;
    }

    /** Flat Li on active pixels (what stripping can reach), C/m2 of patch area. */
    double strippableCoulombsPerM2() {
        double flat = 0;
        for (int i = 0; i < pixels; i++) {
            if (active(i, false)) {
                flat += thicknessMeters[i];
            }
        }
        return LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(flat) / pixels;
    }

    /** Longest filament, m. */
    double maxFilamentLengthMeters() {
        double max = 0;
        for (int i = 0; i < pixels; i++) {
            max = Math.max(max, filamentLengthMeters[i]);
        }
        return max;
    }

    /**
     * Plates for {@code dt} with the local current densities of the solve {@code j} (A/m2, positive
     * anodic, so plating is negative): each pixel's plated charge goes into its filament while one grows
     * there, else into its flat deposit (the interphase takes its share in {@link #growInterphase}). Filaments start where the plating
     * current density exceeds the pixel's threshold; a filament stops once it bridges.
     */
    void plate(CurrentDistribution j, double dt, InterfaceLaws laws, double separatorMeters, Ledger ledger) {
        double plated = 0;
        for (int i = 0; i < pixels; i++) {
            double jp = -j.currentDensityAt(i);
            if (!active(i, true) || !(jp > 0)) {
                continue;
            }
            double metal = jp * dt;
            plated += metal;
            // The current crowds through the contact voids left: a filament starts where that local
            // density, not the pixel mean, exceeds the threshold (Lewis et al., Fig. 5d).
            if (!filamentStarted[i] && laws.filaments().starts(jp / voidContact[i], filamentThresholdAmpsPerM2[i])) {
                filamentStarted[i] = true;
            }
            if (filamentStarted[i] && !laws.shortCircuit().bridges(filamentLengthMeters[i], separatorMeters)) {
                filamentLengthMeters[i] = Math.min(separatorMeters,
                        filamentLengthMeters[i] + laws.filaments().growthMetersPerSecond(jp) * dt);
                filamentCoulombsPerM2[i] += metal;
            } else {
                thicknessMeters[i] += LithiumMetal.thicknessMetersFromChargeCoulombsPerM2(metal);
            }
        }
        ledger.plated += plated / pixels;
    }

    /**
     * Ages every Li-holding pixel's interphase by {@code dt} and takes the Li it consumes from the pixel's
     * flat deposit, in proportion to the pixel's contact (the interphase grows where Li touches the
     * electrolyte) and never more than the deposit holds. A pixel without Li restarts at age 0, so Li
     * that later nucleates or creeps onto it meets the electrolyte fresh; Li plated under an existing
     * contact (a foil, a retained layer) does not reset it (docs/model.md, section 4).
     */
    void growInterphase(double dt, LithiumLossLaw law, Ledger ledger) {
        double lost = 0;
        for (int i = 0; i < pixels; i++) {
            if (!hasLithium[i]) {
                interphaseAgeSeconds[i] = 0;
                continue;
            }
            double want = voidContact[i] * law.lostCoulombsPerM2(interphaseAgeSeconds[i], dt);
            interphaseAgeSeconds[i] += dt;
            if (want > 0) {
                // compared in thickness, so that rounding can never leave a negative thickness (which
                // would give creep a negative mobility)
                double dh = LithiumMetal.thicknessMetersFromChargeCoulombsPerM2(want);
                if (dh >= thicknessMeters[i]) {
                    lost += LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(thicknessMeters[i]);
                    thicknessMeters[i] = 0; // the pixel keeps its Li flag: a nucleus with no thickness yet
                } else {
                    lost += want;
                    thicknessMeters[i] -= dh;
                }
            }
        }
        ledger.lost += lost / pixels;
    }

    /**
     * Strips for {@code dt} with local current densities {@code j} (positive anodic). A pixel gives what
     * its current asks as long as it has flat Li; what a pixel that runs out cannot give is taken from
     * the pixels still stripping, in proportion to their current, so the charge passed is exactly the
     * Li removed. A pixel left without Li becomes inactive (bare current collector).
     *
     * @return pixels that ran out in this time step
     */
    int strip(CurrentDistribution j, double dt, Ledger ledger) {
        double shortfall = 0;
        double removed = 0;
        int depleted = 0;
        for (int i = 0; i < pixels; i++) {
            shortfallWork[i] = 0;
            double ji = j.currentDensityAt(i);
            if (!active(i, false) || !(ji > 0)) {
                continue;
            }
            double want = ji * dt;
            double have = LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(thicknessMeters[i]);
            if (want >= have) {
                removed += have;
                shortfall += want - have;
                thicknessMeters[i] = 0;
                hasLithium[i] = false;
                depleted++;
            } else {
                removed += want;
                thicknessMeters[i] -= LithiumMetal.thicknessMetersFromChargeCoulombsPerM2(want);
                shortfallWork[i] = ji;
            }
        }
        for (int pass = 0; pass < 8 && shortfall > 0; pass++) {
            double weight = 0;
            for (int i = 0; i < pixels; i++) {
                weight += shortfallWork[i];
            }
            if (!(weight > 0)) {
                break;
            }
            double next = 0;
            for (int i = 0; i < pixels; i++) {
                if (shortfallWork[i] > 0) {
                    double want = shortfall * shortfallWork[i] / weight;
                    double have = LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(thicknessMeters[i]);
                    if (want >= have) {
                        removed += have;
                        next += want - have;
                        thicknessMeters[i] = 0;
                        hasLithium[i] = false;
                        shortfallWork[i] = 0;
                        depleted++;
                    } else {
                        removed += want;
                        thicknessMeters[i] -= LithiumMetal.thicknessMetersFromChargeCoulombsPerM2(want);
                    }
                }
            }
            shortfall = next;
        }
        ledger.stripped += removed / pixels;
        return depleted;
    }

    /** Filaments that bridge the separator. */
    int bridgingFilaments(InterfaceLaws laws, double separatorMeters) {
        int n = 0;
        for (int i = 0; i < pixels; i++) {
            if (filamentStarted[i] && laws.shortCircuit().bridges(filamentLengthMeters[i], separatorMeters)) {
                n++;
            }
        }
        return n;
    }

    /** Charge bookkeeping of a run, C/m2 of patch area; positive numbers. */
    static final class Ledger {
        double passed;
        double bypassed;
        double plated;
        double stripped;
        double lost;
        double initialMetal;

        /**
         * Electrochemical charge (passed through the cell minus through a short) less the change of Li
         * metal plus the Li lost, relative to the charge moved: zero for an exact stepper.
         */
        double relativeImbalance(double metalNow) {
            double electrochemical = passed - bypassed;
            double accounted = (metalNow - initialMetal) + lost;
            double scale = Math.max(Math.max(plated + stripped, Math.abs(electrochemical)), 1e-300);
            return Math.abs(electrochemical - accounted) / scale;
        }
    }
}
