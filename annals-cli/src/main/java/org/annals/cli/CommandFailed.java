package org.annals.cli;

/** The command ran but did not get what was asked for; the message says what (exit 1). */
public final class CommandFailed extends RuntimeException {

    public CommandFailed(String message) {
        super(message);
    }
}
