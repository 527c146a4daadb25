/**
 * Readers of cycler files into {@link org.anodefree.cycling.CyclingRecord}: BioLogic .mpr/.mpt/.mpl and BT-Lab
 * text, MACCOR (and MACCOR EIS), Neware .nda/.ndax/CSV/.xlsx, Arbin .res/CSV/.xlsx, Landt, Novonix, Basytec,
 * PEC and BDF CSV; and the BDF CSV writer. Start at {@link org.anodefree.io.cycler.CyclerFiles#read}, which
 * detects the format from the content ({@link org.anodefree.io.cycler.CyclerFormat}). Every reader converts
 * current to the BDF sign (positive on charge), puts what the file says about the test into metadata
 * ({@link org.anodefree.io.cycler.CyclerMetadata}) and fails on bad input with an
 * {@link org.anodefree.InputException} naming the file and the line, column or byte.
 */
package org.anodefree.io.cycler;
