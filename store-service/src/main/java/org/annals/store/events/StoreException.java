package org.annals.store.events;

/** The database refused or failed; the work was rolled back and may be retried. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
