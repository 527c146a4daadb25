package org.anodefree.model;

/**
 * Irreversible loss of Li inventory on the anode side (interphase growth, electrically isolated Li
 * not counted as stranded): how much of the charge passed in a plating step does not end up as
 * strippable Li metal.
 */
public interface LithiumLossLaw {

    /** Charge per area (C/m2, >= 0) lost from {@code platedCoulombsPerM2} (>= 0) of plating. */
    double lostCoulombsPerM2(double platedCoulombsPerM2);

    /** The no-op law: every coulomb plated stays as Li metal. */
    final class None implements LithiumLossLaw {
        @Override
        public double lostCoulombsPerM2(double platedCoulombsPerM2) {
            return 0.0;
        }
    }
}
