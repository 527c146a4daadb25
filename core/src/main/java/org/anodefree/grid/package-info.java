/**
 * The interface grid every other package shares: its shape and pixel size ({@link org.anodefree.grid.PixelGrid})
 * and a field of one number per pixel in row-major order ({@link org.anodefree.grid.GridField}).
 */
package org.anodefree.grid;
