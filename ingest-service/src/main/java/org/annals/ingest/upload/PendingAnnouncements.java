package org.annals.ingest.upload;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On start-up, announces the uploads a previous run accepted but stopped before Kafka
 * acknowledged (a crash between the two). Runs in the background and keeps trying while the
 * broker is away, so a start never waits on Kafka and no accepted upload is left behind.
 */
@Context
public class PendingAnnouncements {

    private static final Logger LOG = LoggerFactory.getLogger(PendingAnnouncements.class);

    private final Accessions accessions;
    private volatile Thread thread;

    public PendingAnnouncements(Accessions accessions) {
        this.accessions = accessions;
    }

    @PostConstruct
    void start() {
        Thread t = new Thread(this::announce, "pending-announcements");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    private void announce() {
        long backoff = 500;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                int sent = accessions.announcePending();
                if (sent > 0) {
                    LOG.info("Announced {} upload(s) accepted before the last stop", sent);
                }
                return;
            } catch (RuntimeException e) {
                LOG.warn("Cannot announce pending uploads yet, will retry: {}", e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
