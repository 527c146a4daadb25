/**
 * Cell designs (half, anode-free full, Li-excess), their dimensions and operating conditions, and the
 * cathode's open-circuit voltage curve. Stack energy-density classes live here too.
 */
package org.anodefree.cell;
