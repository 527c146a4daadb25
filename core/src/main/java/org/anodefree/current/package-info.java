/**
 * The current distribution over a partly active anode interface: how current spreads through the
 * solid electrolyte slab (exact Fourier-space response, applied by FFT) and the local kinetics,
 * under galvanostatic or potentiostatic control. Problem ({@link org.anodefree.current.CurrentProblem}),
 * solver ({@link org.anodefree.current.CurrentSolver}) and result
 * ({@link org.anodefree.current.CurrentDistribution}) are kept apart; kinetics laws implement
 * {@link org.anodefree.current.Kinetics}.
 */
package org.anodefree.current;
