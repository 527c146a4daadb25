package org.anodefree.model;

import org.anodefree.cell.CellDesign;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;

/**
 * The set of interchangeable physics laws a simulation runs with, one per mechanism. The time stepper
 * calls these interfaces only, so swapping a law (or switching one off with its {@code None} version)
 * never touches the solver or the stepper.
 */
public record InterfaceLaws(NucleationLaw nucleation, InterfaceHeterogeneity heterogeneity,
        ContactFeedback contactFeedback, DepositRelaxation depositRelaxation,
        CriticalCurrentDensity filamentThreshold, CriticalCurrentDensity voidThreshold, VoidLaw voids,
        FilamentLaw filaments, ShortCircuitCriterion shortCircuit, LithiumLossLaw lithiumLoss) {

    public InterfaceLaws {
        if (nucleation == null || heterogeneity == null || contactFeedback == null || depositRelaxation == null
                || filamentThreshold == null || voidThreshold == null || voids == null
                || filaments == null || shortCircuit == null || lithiumLoss == null) {
            throw new IllegalArgumentException("every law is required; use its None version to switch it off");
        }
    }

    /** Every law switched off: uniform interface, no nucleation barrier, no filaments, no shorts, no loss. */
    public static InterfaceLaws none() {
        return new InterfaceLaws(new NucleationLaw.None(), new InterfaceHeterogeneity.None(),
                new ContactFeedback.None(), new DepositRelaxation.None(), new CriticalCurrentDensity.None(),
                new CriticalCurrentDensity.None(), new VoidLaw.None(), new FilamentLaw.None(),
                new ShortCircuitCriterion.None(), new LithiumLossLaw.None());
    }

    /**
     * The default laws with values from the parameter set, for a periodic patch of
     * {@code widthPixels x widthPixels} pixels. Filament thresholds: the parameter file's scale holds for
     * the whole electrode (as measured on cells) and is mapped to pixels by weakest-link scaling, with the
     * rest of the electrode's weak sites placed in the patch when {@code filament.cellEquivalentWeakSites}
     * is 1 ({@link CellEquivalentWeakSites}). Void thresholds are per pixel as given (voids are an area
     * effect, not a weakest-site one), correlated over the heterogeneity's correlation length.
     */
    public static InterfaceLaws from(ModelParameters p, CellDesign cell, int widthPixels, double pixelSizeMeters) {
        double cellArea = cell.electrodeAreaM2();
        double pixelArea = pixelSizeMeters * pixelSizeMeters;
        double patchArea = pixelArea * widthPixels * (double) widthPixels;
        double fShape = p.value(Parameter.FILAMENT_CRITICAL_SHAPE);
        double fCell = p.value(Parameter.FILAMENT_CRITICAL_SCALE);
        CriticalCurrentDensity filamentThreshold = p.value(Parameter.FILAMENT_CELL_EQUIVALENT_SITES) >= 0.5
                ? new CellEquivalentWeakSites(fCell, fShape, cellArea, pixelArea, patchArea)
                : new WeibullCriticalCurrentDensity(
                        WeibullCriticalCurrentDensity.pixelScale(fCell, fShape, cellArea, pixelArea), fShape);
        double eta = p.value(Parameter.NUCLEATION_OVERPOTENTIAL);
        NucleationLaw nucleation = eta > 0
                ? new ClassicalNucleation(eta, p.value(Parameter.NUCLEATION_ATTEMPT_RATE)) : new NucleationLaw.None();
        double n = p.value(Parameter.LI_CREEP_STRESS_EXPONENT);
        return new InterfaceLaws(nucleation,
                new LognormalHeterogeneity(p.value(Parameter.HETEROGENEITY_LOG_STD_DEV),
                        p.value(Parameter.HETEROGENEITY_CORRELATION_LENGTH)),
                new ThicknessContactFeedback(p.value(Parameter.DEPOSIT_CONTACT_FEEDBACK)),
                new ThinFilmCreep(p.value(Parameter.DEPOSIT_CREEP_DIFFUSIVITY),
                        p.value(Parameter.DEPOSIT_CREEP_REFERENCE_THICKNESS),
                        p.value(Parameter.DEPOSIT_CREEP_THICKNESS_EXPONENT),
                        p.value(Parameter.DEPOSIT_CREEP_SATURATION_THICKNESS),
                        p.value(Parameter.DEPOSIT_WETTING_THICKNESS),
                        p.value(Parameter.DEPOSIT_REFERENCE_PRESSURE), cell.stackPressurePascals(), n),
                filamentThreshold,
                new CorrelatedWeibullCriticalCurrentDensity(p.value(Parameter.VOID_CRITICAL_SCALE),
                        p.value(Parameter.VOID_CRITICAL_SHAPE), widthPixels,
                        p.value(Parameter.HETEROGENEITY_CORRELATION_LENGTH), pixelSizeMeters),
                new CreepLimitedVoids(p.value(Parameter.VOID_RESUPPLY_THICKNESS),
                        p.value(Parameter.VOID_RESUPPLY_EXPONENT), p.value(Parameter.VOID_REFERENCE_PRESSURE),
                        cell.stackPressurePascals(), p.value(Parameter.VOID_PRESSURE_EXPONENT),
                        p.value(Parameter.VOID_ASPERITY_HEIGHT), p.value(Parameter.VOID_REFILL_TIME),
                        p.value(Parameter.VOID_STRANDED_CONTACT)),
                new TipCurrentFilaments(p.value(Parameter.FILAMENT_TIP_AREA_FRACTION)),
                new FilamentBridgeShort(p.value(Parameter.FILAMENT_SHORT_RESISTANCE)),
                new ParabolicInterphase(p.value(Parameter.LOSS_INTERPHASE_GROWTH),
                        p.value(Parameter.LOSS_INTERPHASE_REACTION_LIMITED_TIME)));
    }
}
