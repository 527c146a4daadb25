package org.anodefree.sim;

import org.anodefree.cell.CathodeModel;
import org.anodefree.cell.CathodeOpenCircuitVoltage;
import org.anodefree.cell.CathodeState;
import org.anodefree.cell.CellDesign;
import org.anodefree.current.Kinetics;
import org.anodefree.model.ElectrodeKinetics;

/**
 * What sits in series with the anode interface: the counter electrode, and how the cell voltage is
 * formed from the anode's electrode potential E (from the current solve, against the electrolyte at
 * the counter electrode).
 *
 * <ul>
 *   <li>Half cell (Cu | LPSC | Li foil): the thick foil's own kinetics (the interface model's, at the Li
 *       exchange current density), uniform over the foil; V = E - eta_foil(i_foil), with the foil
 *       current the opposite of the anode's.</li>
 *   <li>Full and Li-excess cells: the cathode's open-circuit voltage at its state of charge plus its
 *       area-specific resistance; V = U(s) + R_c i_cathode - E.</li>
 * </ul>
 * Currents are area densities with the anode's sign (positive anodic, stripping).
 */
final class CellCircuit {
    private final boolean hasCathode;
    private final Kinetics foil;
    private final double cathodeResistanceOhmM2;
    private final CathodeOpenCircuitVoltage ocv;

    CellCircuit(CellDesign cell, ElectrodeKinetics kinetics, CathodeModel cathode) {
        this.hasCathode = cell.type().hasCathode();
        this.foil = kinetics.scaled(1.0);
        this.cathodeResistanceOhmM2 = cathode.areaSpecificResistanceOhmM2();
        this.ocv = hasCathode ? cathode.openCircuitVoltage() : null;
    }

    /**
     * +1 when the cell voltage rises as Li plates onto the anode (cells with a cathode), -1 for a half
     * cell (its voltage, Cu side minus Li foil, falls below zero while plating).
     */
    double platingVoltageSign() {
        return hasCathode ? 1 : -1;
    }

    /** Cell voltage, V, for anode current density {@code anodeAmpsPerM2} (positive anodic) and anode potential E. */
    double cellVolts(double electrodePotentialVolts, double anodeAmpsPerM2, CathodeState cathode) {
        double counter = -anodeAmpsPerM2;
        if (!hasCathode) {
            return electrodePotentialVolts - (counter == 0 ? 0 : foil.overpotentialVolts(counter, 1.0));
        }
        return openCircuitVolts(cathode) + cathodeResistanceOhmM2 * counter - electrodePotentialVolts;
    }

    /** Voltage at rest, V: 0 for a half cell, the cathode's open-circuit voltage otherwise. */
    double openCircuitVolts(CathodeState cathode) {
        if (!hasCathode) {
            return 0;
        }
        double s = Math.min(ocv.maxStateOfCharge(), Math.max(ocv.minStateOfCharge(), cathode.stateOfCharge()));
        return ocv.volts(s);
    }
}
