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
        CriticalCurrentDensity filamentThreshold, CriticalCurrentDensity voidThreshold, FilamentLaw filaments,
        ShortCircuitCriterion shortCircuit, LithiumLossLaw lithiumLoss) {

    public InterfaceLaws {
        if (nucleation == null || heterogeneity == null || contactFeedback == null || depositRelaxation == null
                || filamentThreshold == null || voidThreshold == null
                || filaments == null || shortCircuit == null || lithiumLoss == null) {
            throw new IllegalArgumentException("every law is required; use its None version to switch it off");
        }
    }

    /** Every law switched off: uniform interface, no nucleation barrier, no filaments, no shorts, no loss. */
    public static InterfaceLaws none() {
        return new InterfaceLaws(new NucleationLaw.None(), new InterfaceHeterogeneity.None(),
                new ContactFeedback.None(), new DepositRelaxation.None(), new CriticalCurrentDensity.None(),
                new CriticalCurrentDensity.None(), new FilamentLaw.None(),
                new ShortCircuitCriterion.None(), new LithiumLossLaw.None());
    }

    /**
     * The default laws with values from the parameter set. Critical-current scales in the parameter
     * file hold for the whole electrode (as measured on cells); they are mapped to the pixel area by
     * weakest-link scaling so that results do not depend on the grid.
     */
    public static InterfaceLaws from(ModelParameters p, CellDesign cell, double pixelSizeMeters) {
        double cellArea = cell.electrodeAreaM2();
        double pixelArea = pixelSizeMeters * pixelSizeMeters;
        double fShape = p.value(Parameter.FILAMENT_CRITICAL_SHAPE);
        double vShape = p.value(Parameter.VOID_CRITICAL_SHAPE);
        double fScale = WeibullCriticalCurrentDensity.pixelScale(p.value(Parameter.FILAMENT_CRITICAL_SCALE), fShape,
                cellArea, pixelArea);
        double vScale = WeibullCriticalCurrentDensity.pixelScale(p.value(Parameter.VOID_CRITICAL_SCALE), vShape,
                cellArea, pixelArea);
        double eta = p.value(Parameter.NUCLEATION_OVERPOTENTIAL);
        NucleationLaw nucleation = eta > 0
                ? new ClassicalNucleation(eta, p.value(Parameter.NUCLEATION_ATTEMPT_RATE)) : new NucleationLaw.None();
        return new InterfaceLaws(nucleation,
                new LognormalHeterogeneity(p.value(Parameter.HETEROGENEITY_LOG_STD_DEV),
                        p.value(Parameter.HETEROGENEITY_CORRELATION_LENGTH)),
                new ThicknessContactFeedback(p.value(Parameter.DEPOSIT_CONTACT_FEEDBACK)),
                new CreepFlattening(p.value(Parameter.DEPOSIT_RELAXATION_TIME),
                        p.value(Parameter.DEPOSIT_REFERENCE_PRESSURE), cell.stackPressurePascals(),
                        p.value(Parameter.LI_CREEP_STRESS_EXPONENT)),
                new WeibullCriticalCurrentDensity(fScale, fShape),
                new WeibullCriticalCurrentDensity(vScale, vShape),
                new TipCurrentFilaments(p.value(Parameter.FILAMENT_TIP_AREA_FRACTION)),
                new FilamentBridgeShort(p.value(Parameter.FILAMENT_SHORT_RESISTANCE)),
                new ProportionalLithiumLoss(p.value(Parameter.LOSS_LITHIUM_PER_PLATED_CHARGE)));
    }
}
