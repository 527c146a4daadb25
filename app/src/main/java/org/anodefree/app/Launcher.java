package org.anodefree.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the anodefree checkout is: the launcher passes it as {@code anodefree.root}; else the working folder and its parents are searched. */
final class Launcher {
    private Launcher() {
    }

    static Path root() {
        String r = System.getProperty("anodefree.root");
        if (r != null) {
            return Path.of(r);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("experiments")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return Path.of("");
    }
}
