package org.annals.store.jobs;

/** A job of that mode is already running: two would race over the same tables or topics. */
public final class JobConflict extends RuntimeException {

    private final Job running;

    JobConflict(Job running) {
        super("A " + running.mode() + " job is already running: " + running.id());
        this.running = running;
    }

    public Job running() {
        return running;
    }
}
