package org.annals.local;

/** A port the stack needs is already taken, typically by an earlier run still going. */
public class PortInUseException extends RuntimeException {

    private final int port;

    public PortInUseException(int port) {
        super("Port " + port + " is already in use");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
