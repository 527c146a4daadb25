/**
 * Tomography to thickness maps: a reconstructed X-ray volume (label or grey level), streamed one
 * slice at a time, becomes a Li thickness map measured along the normal of the current
 * collector's surface.
 *
 * <p>Entry point: {@link org.anodefree.tomo.ThicknessExtractor#extract}. Volumes come through
 * {@link org.anodefree.tomo.VolumeSource}, which never holds more than a slice; file readers live
 * in {@code org.anodefree.io.volume}.
 */
package org.anodefree.tomo;
