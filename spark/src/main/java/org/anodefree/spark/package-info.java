/** Parameter sweeps of the simulator on Apache Spark: sweep files, one task per run, outputs and charts. */
package org.anodefree.spark;
