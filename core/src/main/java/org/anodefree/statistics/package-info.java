/**
 * The statistics every other package uses, in one place: quantiles and medians ({@link
 * org.anodefree.statistics.Quantiles}), with NaN handled explicitly, never sorted into a result.
 */
package org.anodefree.statistics;
