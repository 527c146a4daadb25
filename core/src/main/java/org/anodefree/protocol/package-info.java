/**
 * Cycling protocols: the plain-text step language (parse and print), the immutable step model, the
 * lazily expanded step sequence with step and cycle numbers, and the check of a protocol against a
 * cell type. The YAML/JSON form is read in {@code org.anodefree.io.config} onto the same records.
 */
package org.anodefree.protocol;
