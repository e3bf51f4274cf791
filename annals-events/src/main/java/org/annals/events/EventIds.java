package org.annals.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Event ids: random for originating events, name-based (deterministic) for derived ones. */
public final class EventIds {

    private EventIds() {
    }

    public static String random() {
        return UUID.randomUUID().toString();
    }

    /** A name-based UUID of the cause's id, the producer, its version and the event type. */
    public static String derived(String causeId, String producer, String producerVersion, EventType type) {
        String name = String.join("|", causeId, producer, producerVersion, type.ceType());
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
