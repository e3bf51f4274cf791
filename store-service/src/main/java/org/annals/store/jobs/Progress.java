package org.annals.store.jobs;

/** Where long work reports how far it is. */
public interface Progress {

    /** How many units the work has in all, once it knows. */
    void total(long units);

    void advance(long units);

    /** A mismatch found along the way (verification). */
    default void report(Finding finding) {
        throw new UnsupportedOperationException("This work does not report findings");
    }
}
