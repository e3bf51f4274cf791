package org.annals.events;

import java.time.Instant;
import java.util.Map;

/**
 * An operator asked for a replay ({@code annals.replay.requested.v1}). Replays change what
 * subscribers and projections see, so who asked, when and for what is kept like any other
 * event: in the store's {@value #STREAM} stream, hash-chained, and on {@code annals.operations}.
 *
 * @param mode  {@code projections}, {@code enrichment} or {@code republish}
 * @param scope what the replay covers (documentId, collection, topic, from, to, target), as given
 */
public record ReplayRequested(
        String replayId,
        String mode,
        Map<String, String> scope,
        String requestedBy,
        Instant requestedAt) implements EventData {

    /**
     * The stream every replay is recorded in. It starts with '_', which no document id may, so
     * it can never meet a document's stream.
     */
    public static final String STREAM = "_replays";

    public ReplayRequested {
        scope = scope == null ? Map.of() : Map.copyOf(scope);
    }

    @Override
    public String documentId() {
        return STREAM;
    }

    @Override
    public String ingestId() {
        return null;
    }
}
