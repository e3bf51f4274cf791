package org.annals.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A CloudEvents 1.0 event as Annals sends it: the attributes travel as Kafka headers
 * (binary content mode), {@link #data()} as the JSON value. {@code subject} is the
 * documentId and {@code type} follows from the data's class.
 *
 * @param source      {@code /annals/<service>}
 * @param causationId the id of the event that caused this one; null for an upload
 */
public record Envelope<T extends EventData>(
        String id, String source, Instant time, String ingestId, String causationId, T data) {

    public Envelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** An event that starts a chain, such as an upload: its id is random. */
    public static <T extends EventData> Envelope<T> originate(String source, T data) {
        return new Envelope<>(EventIds.random(), source, now(), data.ingestId(), null, data);
    }

    /**
     * An event derived from another by a producer of a given version. Its id is a function of
     * the cause's id, the producer and the event type, so a redelivery or a replay through
     * the same producer version yields the same id and is recognisable downstream.
     */
    public static <T extends EventData> Envelope<T> derive(
            Envelope<?> cause, String source, String producerVersion, T data) {
        String id = EventIds.derived(cause.id(), source, producerVersion, data.type());
        return new Envelope<>(id, source, now(), data.ingestId(), cause.id(), data);
    }

    public EventType type() {
        return data.type();
    }

    public String subject() {
        return data.documentId();
    }

    private static Instant now() {
        // RFC 3339 with millisecond precision is plenty and keeps ce_time short.
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
