package org.anodefree.model;

import org.anodefree.current.Kinetics;

/**
 * Charge transfer at a Li | LPSC interface: the {@link Kinetics} the current solver uses, with the
 * exchange current density scaled by a factor (the largest per-pixel multiplier of heterogeneity, contact
 * and thickness feedback; the solver's contact field carries the rest). The half cell's Li counter
 * electrode uses the same law at scale 1. One place builds the kinetics, so switching it to
 * {@code linear} changes both electrodes.
 */
public interface ElectrodeKinetics {

    /** Li's exchange current density, A/m2. */
    double exchangeCurrentDensityAmpsPerM2();

    /** The law with exchange current density {@code j0 * exchangeScale}. */
    Kinetics scaled(double exchangeScale);
}
