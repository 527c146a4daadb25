package org.anodefree.cell;

import org.anodefree.InputException;
import org.anodefree.ModelException;

/**
 * The Li inventory of a composite cathode: how much Li it holds and how much it can take back.
 * Immutable; every change returns a new state; {@link CathodeModel#assembled} makes the first. Charge (C/m2) is counted per electrode area.
 *
 * <p>Charging extracts Li; part of the extracted Li can never return, because the cathode loses
 * the sites to hold it: in cycle 1 a fixed share of what is extracted (the first-cycle irreversible
 * capacity that limits Lewis et al.'s full cells to 80% first-cycle CE), later the Li consumed by the
 * cathode | electrolyte interphase, which grows while the cathode is charged, parabolically in its
 * charging time: {@code k (sqrt(t + dt) - sqrt(t))} over a charge time step, the law of
 * {@code model.ParabolicInterphase} (written out here because cell may not depend on model; Koerver et
 * al., Chem. Mater. 29, 5574, 2017, for the interphase of Ni-rich oxides and thiophosphates that forms
 * on charge). Discharge stops when every remaining site is filled: that is the full cell's end of
 * discharge, however low its voltage cutoff.
 *
 * @param loadingCoulombsPerM2 rated capacity (the loading): Li held when assembled
 * @param lithiumCoulombsPerM2 Li held now
 * @param sitesCoulombsPerM2 Li the cathode could hold now (falls with every charge)
 * @param firstCycleIrreversibleFraction share of the Li extracted in cycle 1 that cannot return
 * @param interphaseCoulombsPerM2PerRootSecond k: sites lost to the interphase after 1 s of charging, C/(m2 s^0.5)
 * @param chargeSeconds the interphase's clock: time spent charging so far, cycle 1 included
 */
public record CathodeState(double loadingCoulombsPerM2, double lithiumCoulombsPerM2, double sitesCoulombsPerM2,
        double firstCycleIrreversibleFraction, double interphaseCoulombsPerM2PerRootSecond, double chargeSeconds) {

    public CathodeState {
        if (!(loadingCoulombsPerM2 > 0) || !Double.isFinite(loadingCoulombsPerM2)) {
            throw new InputException("cathode: loading must be positive, got " + loadingCoulombsPerM2 + " C/m2");
        }
        if (!(lithiumCoulombsPerM2 >= 0 && lithiumCoulombsPerM2 <= sitesCoulombsPerM2
                && sitesCoulombsPerM2 <= loadingCoulombsPerM2)) {
            throw new ModelException("cathode: need 0 <= Li held (" + lithiumCoulombsPerM2 + ") <= sites ("
                    + sitesCoulombsPerM2 + ") <= loading (" + loadingCoulombsPerM2 + ") C/m2");
        }
        if (!(firstCycleIrreversibleFraction >= 0 && firstCycleIrreversibleFraction < 1)) {
            throw new InputException("cathode: first-cycle irreversible fraction must be in [0, 1), got "
                    + firstCycleIrreversibleFraction);
        }
        if (!(interphaseCoulombsPerM2PerRootSecond >= 0) || !Double.isFinite(interphaseCoulombsPerM2PerRootSecond)
                || !(chargeSeconds >= 0) || !Double.isFinite(chargeSeconds)) {
            throw new InputException("cathode: interphase growth constant and charging time must be finite and >= 0, got "
                    + interphaseCoulombsPerM2PerRootSecond + " C/(m2 s^0.5) and " + chargeSeconds + " s");
        }
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

    /**
     * After extracting {@code q} C/m2 on charge over {@code dtSeconds} during the given cycle (numbered
     * from 1). The interphase's clock runs in cycle 1 too (its growth then is part of the first-cycle
     * loss), so from cycle 2 on the loss continues from the layer the first charge left.
     */
    public CathodeState charged(double q, double dtSeconds, long cycle) {
        if (!(q >= 0) || q > lithiumCoulombsPerM2 * (1 + 1e-12)) {
            throw new ModelException("cathode: cannot extract " + q + " C/m2, it holds " + lithiumCoulombsPerM2);
        }
        if (!(dtSeconds >= 0)) {
            throw new ModelException("cathode: charging time step must be >= 0, got " + dtSeconds + " s");
        }
        double lost = cycle <= 1 ? firstCycleIrreversibleFraction * q : interphaseLossCoulombsPerM2(dtSeconds);
        double li = Math.max(0.0, lithiumCoulombsPerM2 - q);
        return new CathodeState(loadingCoulombsPerM2, li, Math.max(li, sitesCoulombsPerM2 - lost),
                firstCycleIrreversibleFraction, interphaseCoulombsPerM2PerRootSecond, chargeSeconds + dtSeconds);
    }

    /** Sites the interphase takes over the next {@code dt} of charging: k (sqrt(t + dt) - sqrt(t)), cancellation-free. */
    public double interphaseLossCoulombsPerM2(double dtSeconds) {
        if (!(dtSeconds > 0)) {
            return 0.0;
        }
        return interphaseCoulombsPerM2PerRootSecond * dtSeconds
                / (Math.sqrt(chargeSeconds + dtSeconds) + Math.sqrt(chargeSeconds));
    }

    /** After taking back {@code q} C/m2 on discharge. */
    public CathodeState discharged(double q) {
        if (!(q >= 0) || q > acceptableCoulombsPerM2() * (1 + 1e-12) + 1e-300) {
            throw new ModelException("cathode: cannot take back " + q + " C/m2, it has room for "
                    + acceptableCoulombsPerM2());
        }
        return new CathodeState(loadingCoulombsPerM2, Math.min(sitesCoulombsPerM2, lithiumCoulombsPerM2 + q),
                sitesCoulombsPerM2, firstCycleIrreversibleFraction, interphaseCoulombsPerM2PerRootSecond, chargeSeconds);
    }
}
