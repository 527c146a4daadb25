package org.anodefree;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared/data} beside the repository for tests on real files, skipping them with a message when absent. */
public final class SharedData {
    private SharedData() {
    }

    /** The repository root (from the {@code anodefree.root} property that the build sets). */
    public static Path repositoryRoot() {
        String root = System.getProperty("anodefree.root");
        Path p = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        // Surefire runs a module from its own folder; walk up to the folder that has the launcher.
        for (Path q = p.toAbsolutePath(); q != null; q = q.getParent()) {
            if (Files.exists(q.resolve("anodefree")) && Files.exists(q.resolve("pom.xml"))) {
                return q;
            }
        }
        return p;
    }

    /** A folder of {@code ../shared/data}, or the test is skipped with a message saying it is absent. */
    public static Path folder(String relative) {
        Path dir = repositoryRoot().resolveSibling("shared").resolve("data").resolve(relative);
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared test data not found at " + dir + "; skipping");
        return dir;
    }
}
