package org.anodefree.app;

import org.anodefree.AnodefreeException;
import org.anodefree.io.RunFolder;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns anodefree's own errors into one clear line on stderr and exit status 2; anything else is a bug and keeps its trace. */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int INPUT_ERROR = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) throws Exception {
        RunFolder.failActive(String.valueOf(ex.getMessage()));
        if (ex instanceof AnodefreeException) {
            cli.getErr().println("anodefree " + cli.getCommandName() + ": " + ex.getMessage());
            return INPUT_ERROR;
        }
        throw ex;
    }
}
