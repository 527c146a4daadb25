package org.anodefree.app;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = AnodefreeCommand.class.getPackage().getImplementationVersion();
        return new String[] {"anodefree " + (v == null ? "development" : v)};
    }
}
