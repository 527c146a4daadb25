/**
 * The cell simulator's time stepper: a protocol run step by step on the anode interface grid, with one
 * current-distribution solve per time step and the physics laws of {@code org.anodefree.model} applied
 * between solves.
 */
package org.anodefree.sim;
