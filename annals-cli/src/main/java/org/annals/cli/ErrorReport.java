package org.annals.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr and an exit code (see {@link ExitCode}); a stack
 * trace only when {@code ANNALS_DEBUG} is set, because a person running a command can act on a
 * sentence, not on a trace.
 */
public final class ErrorReport implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final boolean debug;

    public ErrorReport(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException unmatched && command.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + unmatched.getUnmatched().get(0) + "'";
        }
        command.getErr().println("annals: " + message + " (see '"
                + command.getCommandSpec().qualifiedName() + " --help')");
        if (debug) {
            ex.printStackTrace(command.getErr());
        }
        command.getErr().flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        if (ex instanceof ParameterException parameter) {
            return handleParseException(parameter, parseResult.originalArgs().toArray(String[]::new));
        }
        command.getErr().println("annals: " + sentence(ex));
        if (debug) {
            ex.printStackTrace(command.getErr());
        }
        command.getErr().flush();
        return ex instanceof UnreachableService ? ExitCode.UNREACHABLE : ExitCode.FAILED;
    }

    static String sentence(Throwable ex) {
        if (ex instanceof UnreachableService || ex instanceof RequestRefused || ex instanceof CommandFailed) {
            return ex.getMessage();
        }
        Throwable cause = ex instanceof UncheckedIOException ? ex.getCause() : ex;
        if (cause instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (cause instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (cause instanceof IOException io) {
            return ex.getMessage() != null && ex != cause ? ex.getMessage() : "input/output error: " + io.getMessage();
        }
        return "unexpected " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + " (ANNALS_DEBUG=1 shows the details)";
    }
}
