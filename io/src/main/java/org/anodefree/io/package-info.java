/** File formats at the edges of anodefree: every reader names the file and place of bad input; every writer is atomic. */
package org.anodefree.io;
