package org.anodefree.model;

import org.anodefree.cell.CellDesign;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.ModelParameters;

/**
 * The anode interface's physics, one law per mechanism, given to the simulator whole: the stepper calls
 * these interfaces only and never builds a law, so swapping one (or switching it off with its
 * {@code none} version) touches neither the solver nor the stepper. Every law is immutable and
 * thread-safe: a run's mutable per-pixel state is what each law's {@code start} returns.
 *
 * @param kinetics charge transfer at the interface (and at a half cell's Li counter electrode)
 * @param nucleation Li on bare Cu
 * @param heterogeneity the spatial spread of the exchange current
 * @param contactFeedback how a pixel's thickness changes its contact
 * @param creep lateral flow of the deposit
 * @param spreading islands widening over bare Cu as they thicken
 * @param voids contact lost on stripping and regained after
 * @param filaments filament start and growth
 * @param shortCircuit when a filament bridges, and the electronic path it makes
 * @param interphase Li consumed by the Li | LPSC interphase
 */
public record InterfaceModel(ElectrodeKinetics kinetics, NucleationLaw nucleation, InterfaceHeterogeneity heterogeneity,
        ContactFeedback contactFeedback, DepositRelaxation creep, DepositSpreading spreading, VoidLaw voids, FilamentLaw filaments,
        ShortCircuitCriterion shortCircuit, LithiumLossLaw interphase) {

    public InterfaceModel {
        if (kinetics == null || nucleation == null || heterogeneity == null || contactFeedback == null || creep == null
                || spreading == null
                || voids == null || filaments == null || shortCircuit == null || interphase == null) {
            throw new IllegalArgumentException("every law is required; use its none version to switch it off");
        }
    }

    /**
     * Every mechanism off around the given kinetics: a uniform interface with no nucleation barrier,
     * creep, voids, filaments, shorts or loss. Plating at j then grows {@code j t V_m / F} everywhere, and
     * the voltage comes from the slab and the kinetics alone.
     */
    public static InterfaceModel none(ElectrodeKinetics kinetics) {
        return new InterfaceModel(kinetics, new NucleationLaw.None(), new InterfaceHeterogeneity.None(),
                new ContactFeedback.None(), new DepositRelaxation.None(), new DepositSpreading.None(), new VoidLaw.None(),
                new FilamentLaw.None(), new ShortCircuitCriterion.None(), new LithiumLossLaw.None());
    }

    /**
     * The laws the parameter set's {@code model:} section names, with their values, for this cell and patch,
     * with the given numerical settings.
     */
    public static InterfaceModel of(ModelParameters parameters, CellDesign cell, PixelGrid grid, LawNumerics numerics) {
        return of(new LawContext(parameters, cell, grid, ModelOptions.of(parameters), numerics));
    }

    /** The laws the context's options name. */
    public static InterfaceModel of(LawContext c) {
        return new InterfaceModel(
                LawCatalog.build(LawCatalog.Mechanism.KINETICS, c, ElectrodeKinetics.class),
                LawCatalog.build(LawCatalog.Mechanism.NUCLEATION, c, NucleationLaw.class),
                LawCatalog.build(LawCatalog.Mechanism.HETEROGENEITY, c, InterfaceHeterogeneity.class),
                LawCatalog.build(LawCatalog.Mechanism.CONTACT_FEEDBACK, c, ContactFeedback.class),
                LawCatalog.build(LawCatalog.Mechanism.CREEP, c, DepositRelaxation.class),
                LawCatalog.build(LawCatalog.Mechanism.SPREADING, c, DepositSpreading.class),
                LawCatalog.build(LawCatalog.Mechanism.VOIDS, c, VoidLaw.class),
                LawCatalog.build(LawCatalog.Mechanism.FILAMENTS, c, FilamentLaw.class),
                LawCatalog.build(LawCatalog.Mechanism.SHORT_CIRCUIT, c, ShortCircuitCriterion.class),
                LawCatalog.build(LawCatalog.Mechanism.INTERPHASE, c, LithiumLossLaw.class));
    }
}
