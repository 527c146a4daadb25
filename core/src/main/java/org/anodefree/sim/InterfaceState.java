package org.anodefree.sim;

import org.anodefree.current.CurrentDistribution;
import org.anodefree.grid.GridField;
import org.anodefree.grid.PixelGrid;
import org.anodefree.model.DepositRelaxation;
import org.anodefree.model.DepositSpreading;
import org.anodefree.model.FilamentLaw;
import org.anodefree.model.InterfaceModel;
import org.anodefree.model.InterphaseAgeing;
import org.anodefree.model.VoidLaw;
import org.anodefree.units.LithiumMetal;

/**
 * The anode interface of one run: per pixel (row-major) the flat Li thickness and whether the pixel holds
 * Li (bare Cu and depleted pixels carry no current), and the run's state of each law that keeps one
 * (contact, filaments, interphase clocks, the deposit's flow, the heterogeneity field). The arrays are
 * private; the laws get them as arguments of their updates. Nothing here allocates per time step.
 */
final class InterfaceState {
    private final PixelGrid grid;
    private final int pixels;
    private final double[] thicknessMeters;
    private final boolean[] hasLithium;
    private final GridField platingFactor;
    private final GridField strippingFactor;
    private final VoidLaw.Contact contact;
    private final FilamentLaw.Filaments filaments;
    private final InterphaseAgeing interphase;
    private final DepositRelaxation.Flow creep;
    private final DepositSpreading.Spread spreading;
    private final double[] platedWork;

    InterfaceState(PixelGrid grid, InterfaceModel model, long seed, double separatorMeters, double initialThicknessMeters) {
        this.grid = grid;
        this.pixels = grid.pixels();
        thicknessMeters = new double[pixels];
        hasLithium = new boolean[pixels];
        platingFactor = model.heterogeneity().field(seed, grid);
        strippingFactor = model.heterogeneity().strippingField(seed, grid, platingFactor);
        filaments = model.filaments().start(seed, grid, separatorMeters, model.shortCircuit());
        contact = model.voids().start(seed, grid);
        interphase = model.interphase().start(pixels);
        creep = model.creep().start(grid);
        spreading = model.spreading().start(grid);
        platedWork = new double[pixels];
        if (initialThicknessMeters > 0) {
            java.util.Arrays.fill(thicknessMeters, initialThicknessMeters);
            java.util.Arrays.fill(hasLithium, true);
        }
    }

    PixelGrid grid() {
        return grid;
    }

    int pixels() {
        return pixels;
    }

    boolean hasLithium(int i) {
        return hasLithium[i];
    }

    double thicknessMeters(int i) {
        return thicknessMeters[i];
    }

    /** The exchange-current factor of pixel {@code i} for plating or for stripping. */
    double heterogeneityFactor(int i, boolean plating) {
        return plating ? platingFactor.at(i) : strippingFactor.at(i);
    }

    double contact(int i) {
        return contact.at(i);
    }

    FilamentLaw.Filaments filaments() {
        return filaments;
    }

    /**
     * Whether a pixel takes part in the electrochemistry. Plating: every Li-holding pixel, through
     * whatever contact voids left it (Li+ arrives at the remaining contact points and the plated Li
     * fills the void). Stripping: only Li that voids have not cut off; below the stranded contact the
     * Li is isolated behind a void and cannot be oxidised.
     */
    boolean active(int i, boolean plating) {
        return hasLithium[i] && (plating || contact.at(i) >= contact.strandedContact());
    }

    /** Whether the pixel and its four neighbours (periodic) hold Li. */
    boolean confined(int i) {
        return hasLithium[i] && hasLithium[grid.up(i)] && hasLithium[grid.down(i)] && hasLithium[grid.left(i)]
                && hasLithium[grid.right(i)];
    }

    /** Whether the pixel's Li is stranded: held, but cut off from stripping by voids. */
    boolean stranded(int i) {
        return hasLithium[i] && contact.at(i) < contact.strandedContact();
    }

    /** Electrochemically active area: Li-holding pixels weighted by their contact, over the patch. */
    double activeAreaFraction() {
        double sum = 0;
        for (int i = 0; i < pixels; i++) {
            if (hasLithium[i]) {
                sum += contact.at(i);
            }
        }
        return sum / pixels;
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
                sum += 1 - contact.at(i);
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

    /** Li metal on the interface (flat deposit and filaments), C/m2 of patch area. */
    double metalCoulombsPerM2() {
        double flat = 0;
        double fil = 0;
        for (int i = 0; i < pixels; i++) {
            flat += thicknessMeters[i];
            fil += filaments.coulombsPerM2(i);
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

    /**
     * Plates for {@code dt} with the local current densities of the solve {@code j} (A/m2, positive
     * anodic, so plating is negative): each pixel's plated charge is offered to its filament, and what the
     * filament does not take goes into its flat deposit (the interphase takes its share in
     * {@link #consumeInterphase}).
     *
     * @return Li plated, C/m2 of patch area
     */
    double plate(CurrentDistribution j, double dt) {
        double plated = 0;
        double e = j.electrodePotentialVolts();
        for (int i = 0; i < pixels; i++) {
            double jp = -j.currentDensityAt(i);
            if (!active(i, true) || !(jp > 0)) {
                continue;
            }
            double metal = jp * dt;
            plated += metal;
            double taken = filaments.plate(i, jp, contact.at(i), j.interfacePotentialAt(i) - e, confined(i), metal, dt);
            if (taken < metal) {
                double dh = LithiumMetal.thicknessMetersFromChargeCoulombsPerM2(metal - taken);
                thicknessMeters[i] += dh;
                platedWork[i] = dh;
            }
        }
        spreading.spread(platedWork, thicknessMeters, hasLithium);
        java.util.Arrays.fill(platedWork, 0);
        return plated / pixels;
    }

    /** Nucleation on bare pixels under {@code cathodicOverpotentialVolts} (0 on Li) over {@code dt}. */
    void nucleate(org.anodefree.model.NucleationLaw law, double[] cathodicOverpotentialVolts, double dt, long seed,
            long draw) {
        law.nucleate(cathodicOverpotentialVolts, hasLithium, dt, seed, draw);
    }

    /**
     * Strips for {@code dt} with local current densities {@code j} (positive anodic): {@link LithiumStripping}.
     *
     * @return Li stripped, C/m2 of patch area
     */
    double strip(CurrentDistribution j, double dt, LithiumStripping stripping) {
        return stripping.strip(j, dt, this, thicknessMeters, hasLithium) / pixels;
    }

    /** Voids evolve over {@code dt} under the currents in {@code currentAmpsPerM2}, then the deposit flows. */
    void evolveContactAndCreep(double[] currentAmpsPerM2, double dt) {
        contact.evolve(currentAmpsPerM2, thicknessMeters, hasLithium, dt);
        creep.relax(thicknessMeters, hasLithium, dt);
    }

    /** What the filaments do whatever the current (Li pushed into flaws by the stack pressure). */
    void ageFilaments(double dt) {
        filaments.age(dt, thicknessMeters, hasLithium, contact);
    }

    /** The interphase consumes Li where Li touches the electrolyte; returns Li lost, C/m2 of patch area. */
    double consumeInterphase(double dt) {
        return interphase.consume(dt, thicknessMeters, hasLithium, contact) / pixels;
    }

    /** Longest step that keeps each voiding pixel's contact change within {@code fraction}. */
    double voidStableStepSeconds(double[] currentAmpsPerM2, double fraction) {
        return contact.stableStepSeconds(currentAmpsPerM2, thicknessMeters, hasLithium, fraction);
    }

    /**
     * Longest step that keeps every active pixel's thickness change within {@code fraction} of
     * max(thickness, floor) at the currents of the last solve.
     */
    double thicknessStableStepSeconds(double[] currentAmpsPerM2, double fraction, double floorMeters) {
        double dt = Double.POSITIVE_INFINITY;
        for (int i = 0; i < pixels; i++) {
            double j = currentAmpsPerM2[i];
            if (j == 0 || !active(i, j < 0)) {
                continue;
            }
            double rate = LithiumMetal.growthRateMetersPerSecond(Math.abs(j));
            dt = Math.min(dt, fraction * Math.max(thicknessMeters[i], floorMeters) / rate);
        }
        return dt;
    }

    /** Longest step over which no growing filament advances more than {@code maxAdvanceMeters}. */
    double filamentStableStepSeconds(double[] currentAmpsPerM2, double maxAdvanceMeters) {
        return filaments.stableStepSeconds(currentAmpsPerM2, hasLithium, maxAdvanceMeters);
    }

    /** Creep calls cut short by its sub-step cap so far. */
    long creepSaturatedCalls() {
        return creep.saturatedCalls();
    }

    /** Copies for a snapshot: thickness, m. */
    double[] thicknessCopy() {
        return thicknessMeters.clone();
    }

    /** Each pixel's contact with the electrolyte, 0 where it holds no Li (a copy, for snapshots). */
    double[] contactCopy() {
        double[] c = new double[pixels];
        for (int i = 0; i < pixels; i++) {
            c[i] = hasLithium[i] ? contact.at(i) : 0;
        }
        return c;
    }
}
