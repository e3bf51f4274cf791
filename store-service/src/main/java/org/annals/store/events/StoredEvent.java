package org.annals.store.events;

import java.time.Instant;
import org.annals.events.EventCodec;
import org.annals.events.EventData;
import org.annals.events.EventType;
import org.annals.events.Envelope;

/**
 * One row of the event store.
 *
 * @param data         the event's data as canonical (key-sorted) JSON, exactly as hashed
 * @param previousHash the hash of the previous event in the document's stream; null for the first
 */
public record StoredEvent(
        long sequence,
        String documentId,
        long streamVersion,
        String eventId,
        String type,
        String source,
        String time,
        String ingestId,
        String causationId,
        String data,
        String previousHash,
        String eventHash,
        String recordedAt) {

    public EventType eventType() {
        return EventType.fromCeType(type).orElseThrow(() -> new StoreException("Unknown stored event type " + type));
    }

    public <T extends EventData> T data(EventCodec codec) {
        return codec.deserialize(eventType(), data.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The event as it travels on Kafka: every stored event can be published again. */
    public Envelope<EventData> toEnvelope(EventCodec codec) {
        return new Envelope<>(eventId, source, Instant.parse(time), ingestId, causationId, data(codec));
    }
}
