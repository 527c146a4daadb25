/**
 * Galvanostatic cycling data, measured or simulated, in one columnar type ({@link org.anodefree.cycling.CyclingRecord})
 * and its analysis: steps, cycles, plated and stripped capacity, Coulombic efficiency, nucleation overpotential,
 * end-of-strip polarization and short circuits with their evidence.
 *
 * <p><b>Current sign.</b> Currents follow the Battery Data Format: positive current charges the cell as it was
 * wired. For the anode-free cell the simulator models (Cu | LPSC | cathode) charging plates Li onto the Cu, so
 * plating is positive. A Cu | Li half cell on a cycler is usually wired with Cu on the positive lead, where plating
 * Li onto Cu discharges that cell (negative current). The analysis is told (or infers, see
 * {@link org.anodefree.cycling.PlatingSign}) which sign plates Li onto Cu; readers never guess it.
 */
package org.anodefree.cycling;
