package org.annals.store.events;

/** An append expected a stream version that is no longer current: someone else appended first. */
public class ConcurrencyConflict extends StoreException {
    public ConcurrencyConflict(String documentId, long expected, long actual) {
        super("Stream of document " + documentId + " is at version " + actual + ", not the expected " + expected);
    }
}
