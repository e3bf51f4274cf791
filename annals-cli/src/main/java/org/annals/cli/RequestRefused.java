package org.annals.cli;

/** A service answered with an error; the message is its problem+json {@code detail} (exit 1). */
public final class RequestRefused extends RuntimeException {

    private final int status;

    public RequestRefused(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
