/**
 * Calibration of the model's free parameters against the reproduction rows: a spec file names the
 * free parameters (bounds and scale) and the experiments whose banded checks form the objective; the
 * objective runs those experiments through {@link org.anodefree.app.reproduce.Reproduction} with the
 * candidate values and a derivative-free bounded Hipparchus optimiser minimises it.
 */
package org.anodefree.app.calibrate;
