/** Configuration files: protocols and model parameters in YAML/JSON, mapped onto core's records. */
package org.anodefree.io.config;
