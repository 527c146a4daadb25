/** Ensembles of simulated runs (seeds in parallel) and their files: what {@code anodefree simulate} and the reproduction share. */
package org.anodefree.app.simulate;
