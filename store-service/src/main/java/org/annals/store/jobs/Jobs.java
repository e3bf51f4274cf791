package org.annals.store.jobs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs replays and verifications in the background, one per mode at a time, and remembers the
 * last {@value #KEPT} of them for their progress pages. Jobs live in memory: a restart forgets
 * them (the replays themselves stay recorded as events).
 */
public final class Jobs implements AutoCloseable {

    /** The work of a job; returns the sentence that sums up its outcome. */
    @FunctionalInterface
    public interface Work {
        String run(Job job) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    private static final int KEPT = 100;

    private final Deque<Job> recent = new ArrayDeque<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "annals-job-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** @throws JobConflict if a job of this mode is still running */
    public synchronized Job start(String kind, String mode, Map<String, String> scope, String requestedBy, Work work) {
        Optional<Job> running = running(mode);
        if (running.isPresent()) {
            throw new JobConflict(running.get());
        }
        Job job = new Job(UUID.randomUUID().toString(), kind, mode, scope, requestedBy);
        recent.addFirst(job);
        while (recent.size() > KEPT) {
            recent.removeLast();
        }
        executor.execute(() -> {
            try {
                job.succeed(work.run(job));
                LOG.info("{} job {} finished", mode, job.id());
            } catch (Exception | Error e) {
                LOG.error("{} job {} failed", mode, job.id(), e);
                job.fail("The " + mode + " job failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
        return job;
    }

    public synchronized Optional<Job> find(String id) {
        return recent.stream().filter(j -> j.id().equals(id)).findFirst();
    }

    /** The running job of a mode, if any. */
    public synchronized Optional<Job> running(String mode) {
        return recent.stream().filter(j -> j.mode().equals(mode) && j.state() == Job.State.RUNNING).findFirst();
    }

    /** Jobs of these modes, newest first. */
    public synchronized List<Job> recent(List<String> modes) {
        return recent.stream().filter(j -> modes.contains(j.mode())).toList();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
