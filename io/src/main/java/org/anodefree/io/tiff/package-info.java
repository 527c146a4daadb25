/**
 * TIFF reading shared by the map and volume readers: the file's structure checked against its length
 * before ImageJ's decoders see it, ImageJ's calls wrapped so that every failure is one clear error, and
 * the spatial and value calibration ImageJ writes.
 */
package org.anodefree.io.tiff;
