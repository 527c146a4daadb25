/**
 * Model parameters: the list of every material, cell and model parameter with its unit and sensible
 * range ({@link org.anodefree.parameters.Parameter}), the default values with their sources
 * ({@code parameters/default.yaml}), and {@code --set name=value} overrides.
 */
package org.anodefree.parameters;
