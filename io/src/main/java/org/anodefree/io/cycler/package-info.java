/**
 * Readers of cycler files (BioLogic .mpr/.mpt, MACCOR, MACCOR EIS, Neware, Arbin, Landt, BDF CSV) into
 * {@link org.anodefree.cycling.CyclingRecord}, and the BDF CSV writer. Start at
 * {@link org.anodefree.io.cycler.CyclerFiles#read}. Every reader converts current to the BDF sign (positive on
 * charge) and fails on bad input with an {@link org.anodefree.InputException} naming the file and the line or
 * byte.
 */
package org.anodefree.io.cycler;
