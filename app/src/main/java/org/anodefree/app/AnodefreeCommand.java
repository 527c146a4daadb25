package org.anodefree.app;

import org.anodefree.io.RunFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code anodefree} command line: one entry point whose subcommands are thin adapters over core calls. */
@Command(name = "anodefree",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lithium metal anodes in solid-state batteries: plating, stripping, voids, filaments and"
                + " short circuits, pixel by pixel.",
        subcommands = {
            ReproduceCommand.class,
            StripMapCommand.class,
            CurrentCommand.class,
            SynthMapCommand.class,
            SimulateCommand.class,
            FitMapCommand.class,
            EnergyCommand.class,
            AnalyzeCommand.class,
            CalibrateCommand.class,
            TomoThicknessCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class AnodefreeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AnodefreeCommand());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setExecutionStrategy(parsed -> {
            RunFolder.commandLine(parsed.originalArgs()); // for the manifest of the run's output folder
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
