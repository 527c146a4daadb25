package org.anodefree.cell;

import org.anodefree.InputException;
import org.anodefree.ModelException;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;

/**
 * The Li inventory of a composite cathode: how much Li it holds and how much it can take back.
 * Immutable; every change returns a new state. Charge (C/m2) is counted per electrode area.
 *
 * <p>Charging extracts Li; part of the extracted Li can never return, because the cathode loses
 * the sites to hold it (the first-cycle irreversible capacity that limits Lewis et al.'s full cells to
 * 80% first-cycle CE, and a smaller loss per later cycle). Discharge stops when every remaining
 * site is filled: that is the full cell's end of discharge, however low its voltage cutoff.
 *
 * @param loadingCoulombsPerM2 rated capacity (the loading): Li held when assembled
 * @param lithiumCoulombsPerM2 Li held now
 * @param sitesCoulombsPerM2 Li the cathode could hold now (falls with every charge)
 * @param firstCycleIrreversibleFraction share of the Li extracted in cycle 1 that cannot return
 * @param cycleIrreversibleFraction share of the Li extracted in later cycles that cannot return
 */
public record CathodeState(double loadingCoulombsPerM2, double lithiumCoulombsPerM2, double sitesCoulombsPerM2,
        double firstCycleIrreversibleFraction, double cycleIrreversibleFraction) {

    public CathodeState {
        if (!(loadingCoulombsPerM2 > 0) || !Double.isFinite(loadingCoulombsPerM2)) {
            throw new InputException("cathode: loading must be positive, got " + loadingCoulombsPerM2 + " C/m2");
        }
        if (!(lithiumCoulombsPerM2 >= 0 && lithiumCoulombsPerM2 <= sitesCoulombsPerM2
                && sitesCoulombsPerM2 <= loadingCoulombsPerM2)) {
            throw new ModelException("cathode: need 0 <= Li held (" + lithiumCoulombsPerM2 + ") <= sites ("
                    + sitesCoulombsPerM2 + ") <= loading (" + loadingCoulombsPerM2 + ") C/m2");
        }
        if (!(firstCycleIrreversibleFraction >= 0 && firstCycleIrreversibleFraction < 1
                && cycleIrreversibleFraction >= 0 && cycleIrreversibleFraction < 1)) {
            throw new InputException("cathode: irreversible fractions must be in [0, 1), got "
                    + firstCycleIrreversibleFraction + " and " + cycleIrreversibleFraction);
        }
    }

    /** A cathode as assembled: fully lithiated to its loading, every site available. */
    public static CathodeState assembled(CellDesign cell, ModelParameters p) {
        if (!cell.type().hasCathode()) {
            throw new InputException("a " + cell.type().id() + " cell has no cathode");
        }
        double q = cell.cathodeLoadingCoulombsPerM2();
        return new CathodeState(q, q, q, p.value(Parameter.CATHODE_FIRST_CYCLE_IRREVERSIBLE),
                p.value(Parameter.CATHODE_CYCLE_IRREVERSIBLE));
    }

    /** State of charge for the open-circuit voltage: the share of the loading extracted, 0 to 1. */
    public double stateOfCharge() {
        return 1.0 - lithiumCoulombsPerM2 / loadingCoulombsPerM2;
    }

    /** Li that can still be extracted on charge, C/m2. */
    public double extractableCoulombsPerM2() {
        return lithiumCoulombsPerM2;
    }

    /** Li the cathode can still take back on discharge, C/m2. */
    public double acceptableCoulombsPerM2() {
        return sitesCoulombsPerM2 - lithiumCoulombsPerM2;
    }

    /** After extracting {@code q} C/m2 on charge during the given cycle (numbered from 1). */
    public CathodeState charged(double q, long cycle) {
        if (!(q >= 0) || q > lithiumCoulombsPerM2 * (1 + 1e-12)) {
            throw new ModelException("cathode: cannot extract " + q + " C/m2, it holds " + lithiumCoulombsPerM2);
        }
        double lost = (cycle <= 1 ? firstCycleIrreversibleFraction : cycleIrreversibleFraction) * q;
        double li = Math.max(0.0, lithiumCoulombsPerM2 - q);
        return new CathodeState(loadingCoulombsPerM2, li, Math.max(li, sitesCoulombsPerM2 - lost),
                firstCycleIrreversibleFraction, cycleIrreversibleFraction);
    }

    /** After taking back {@code q} C/m2 on discharge. */
    public CathodeState discharged(double q) {
        if (!(q >= 0) || q > acceptableCoulombsPerM2() * (1 + 1e-12) + 1e-300) {
            throw new ModelException("cathode: cannot take back " + q + " C/m2, it has room for "
                    + acceptableCoulombsPerM2());
        }
        return new CathodeState(loadingCoulombsPerM2, Math.min(sitesCoulombsPerM2, lithiumCoulombsPerM2 + q),
                sitesCoulombsPerM2, firstCycleIrreversibleFraction, cycleIrreversibleFraction);
    }
}
