package org.annals.store.editions;

import java.util.List;
import org.annals.events.EventCodec;
import org.annals.kafka.EventPublisher;
import org.annals.store.events.Database;
import org.annals.store.events.EventStore;
import org.annals.store.events.Outbox;
import org.annals.store.events.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what the outbox holds, oldest first, after the transactions that stored it have
 * committed. A failure leaves the rest queued for the next attempt: nothing is lost, and a
 * repeat after a crash between send and mark carries the same event id.
 */
public final class EditionPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(EditionPublisher.class);
    private static final int BATCH = 100;

    private final Database database;
    private final EventStore store;
    private final Outbox outbox;
    private final EventPublisher publisher;
    private final EventCodec codec;

    public EditionPublisher(Database database, EventStore store, Outbox outbox, EventPublisher publisher, EventCodec codec) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.publisher = publisher;
        this.codec = codec;
    }

    /**
     * Synchronized: the consumer and a replay both flush, and one at a time keeps each event
     * published once.
     *
     * @return true when the outbox is empty
     */
    public synchronized boolean flush() {
        while (true) {
            List<StoredEvent> pending = database.read(c -> outbox.pending(c, store, BATCH));
            if (pending.isEmpty()) {
                return true;
            }
            for (StoredEvent event : pending) {
                try {
                    publisher.publish(event.toEnvelope(codec));
                } catch (RuntimeException e) {
                    LOG.warn("Cannot publish {} {} yet, will retry: {}", event.type(), event.eventId(), e.getMessage());
                    return false;
                }
                database.transaction(c -> {
                    outbox.sent(c, event.eventId());
                    return null;
                });
            }
        }
    }
}
