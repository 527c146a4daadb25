/**
 * Physics laws acting on the interface pixels between current solves, each behind one small interface
 * with a no-op version: nucleation on bare Cu, contact/kinetics heterogeneity, per-pixel critical
 * current densities (filament start, voids), filament growth, the short-circuit criterion, and Li loss.
 * Randomness is counter-based ({@link org.anodefree.model.SeededUniforms}): bit-identical for a seed.
 */
package org.anodefree.model;
