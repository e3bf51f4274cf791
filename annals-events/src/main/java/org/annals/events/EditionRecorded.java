package org.annals.events;

import java.time.Instant;

/** An edition of a document is complete in the event store ({@code annals.edition.recorded.v1}). */
public record EditionRecorded(
        String documentId,
        int edition,
        String ingestId,
        String sourceSha256,
        String textSha256,
        int enrichmentRevision,
        Instant recordedAt,
        String eventHash,
        String previousEventHash) implements EventData {
}
