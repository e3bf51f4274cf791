package org.annals.events;

/** A record that is not a valid Annals event: bad JSON, missing headers, unknown type or a schema violation. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
