/** Configuration files: stack designs, experiments, parameter sets and protocols as YAML/JSON. */
package org.anodefree.io.config;
