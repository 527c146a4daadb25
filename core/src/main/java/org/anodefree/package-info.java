/**
 * anodefree: lithium metal anodes in solid-state batteries, simulated and measured pixel by pixel.
 * This package holds only the exception family; the science lives in the sub-packages that follow
 * the data flow of ARCHITECTURE.md.
 */
package org.anodefree;
