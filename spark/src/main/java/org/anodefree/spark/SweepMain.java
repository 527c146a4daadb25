package org.anodefree.spark;

import org.anodefree.AnodefreeException;
import org.anodefree.io.RunFolder;
import picocli.CommandLine;

/** Entry point of {@code anodefree-spark.jar} (the launcher's {@code sweep}, or {@code spark-submit}). */
public final class SweepMain {
    private SweepMain() {
    }

    /** Runs {@code sweep ARGS} (a leading {@code sweep} is optional) and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The exit status of {@code sweep ARGS}: 0, or 2 with one line on stderr for bad input. */
    public static int run(String... args) {
        String[] a = args.length > 0 && args[0].equals("sweep") ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        RunFolder.commandLine(java.util.List.of(args));
        CommandLine cli = new CommandLine(new SweepCommand());
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            RunFolder.failActive(String.valueOf(ex.getMessage()));
            if (ex instanceof AnodefreeException) {
                c.getErr().println("anodefree sweep: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cli.execute(a);
    }
}
