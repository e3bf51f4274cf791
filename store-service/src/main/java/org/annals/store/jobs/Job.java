package org.annals.store.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** One replay or verification as it runs: its request, its progress, its outcome. */
public final class Job implements Progress {

    public enum State { RUNNING, SUCCEEDED, FAILED }

    private final String id;
    private final String kind;
    private final String mode;
    private final Map<String, String> scope;
    private final String requestedBy;
    private final Instant requestedAt = Instant.now();
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final List<Finding> findings = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Job> finished = new CompletableFuture<>();
    private volatile State state = State.RUNNING;
    private volatile String message;
    private volatile Instant finishedAt;
    private volatile long elapsedNanos = -1;

    Job(String id, String kind, String mode, Map<String, String> scope, String requestedBy) {
        this.id = id;
        this.kind = kind;
        this.mode = mode;
        this.scope = Map.copyOf(scope);
        this.requestedBy = requestedBy;
    }

    @Override
    public void total(long units) {
        total.set(units);
    }

    @Override
    public void advance(long units) {
        done.addAndGet(units);
    }

    @Override
    public void report(Finding finding) {
        findings.add(finding);
    }

    void succeed(String message) {
        finish(State.SUCCEEDED, message);
    }

    void fail(String message) {
        finish(State.FAILED, message);
    }

    private void finish(State outcome, String sentence) {
        elapsedNanos = System.nanoTime() - startNanos;
        finishedAt = Instant.now();
        message = sentence;
        state = outcome;
        finished.complete(this);
    }

    public String id() {
        return id;
    }

    public String mode() {
        return mode;
    }

    public State state() {
        return state;
    }

    public CompletableFuture<Job> finished() {
        return finished;
    }

    /** A consistent picture for the API; the rate is units per second since the job started. */
    public JobView view(String self) {
        long elapsed = elapsedNanos >= 0 ? elapsedNanos : System.nanoTime() - startNanos;
        long doneNow = done.get();
        double seconds = Duration.ofNanos(elapsed).toMillis() / 1000.0;
        double rate = seconds > 0 ? Math.round(doneNow / seconds * 10) / 10.0 : 0;
        return new JobView(id, kind, mode, state, requestedBy, requestedAt, finishedAt, scope, doneNow,
                Math.max(total.get(), doneNow), rate, message, List.copyOf(findings), Map.of("self", self));
    }
}
