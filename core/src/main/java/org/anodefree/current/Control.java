package org.anodefree.current;

import org.anodefree.InputException;

/** What the experiment fixes: the total current (galvanostatic) or the electrode potential (potentiostatic). */
public sealed interface Control {

    /**
     * The total current is fixed, given as its mean density over the whole electrode grid (active
     * and inactive pixels alike, padding excluded), the way a cycler protocol states it.
     *
     * @param currentDensityAmpsPerM2 applied mean current density, A/m2; positive is anodic
     *     (current from the electrode into the electrolyte, stripping)
     */
    record Galvanostatic(double currentDensityAmpsPerM2) implements Control {
        public Galvanostatic {
            if (!Double.isFinite(currentDensityAmpsPerM2)) {
                throw new InputException("galvanostatic control: current density must be finite, got " + currentDensityAmpsPerM2);
            }
        }
    }

    /**
     * The electrode potential against the counter electrode is fixed.
     *
     * @param electrodePotentialVolts electrode potential E, V, with the local equilibrium potential
     *     taken as zero; positive drives anodic current
     */
    record Potentiostatic(double electrodePotentialVolts) implements Control {
        public Potentiostatic {
            if (!Double.isFinite(electrodePotentialVolts)) {
                throw new InputException("potentiostatic control: potential must be finite, got " + electrodePotentialVolts);
            }
        }
    }
}
