/** Physical constants with their sources, and the parsing of values with units at the edges. */
package org.anodefree.units;
