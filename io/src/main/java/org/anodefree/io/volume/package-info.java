/**
 * Readers of tomography volumes as {@link org.anodefree.tomo.VolumeSource}s that stream one slice at
 * a time: multi-page TIFF (8/16-bit integer, 32-bit float; decoded by ImageJ's {@code ij.io}), a
 * folder of single-slice TIFFs, and raw binary files of a given shape and type.
 */
package org.anodefree.io.volume;
