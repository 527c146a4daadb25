/** Configuration files: stack designs, experiments, parameter sets and protocols as YAML/JSON, mapped onto core records. */
package org.anodefree.io.config;
