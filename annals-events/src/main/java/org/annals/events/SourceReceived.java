package org.annals.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An archivist's upload, stored as a content-addressed blob ({@code annals.source.received.v1}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceReceived(
        String ingestId,
        String documentId,
        String collection,
        String filename,
        String declaredMediaType,
        long size,
        String sha256,
        String blobUri,
        String submittedBy,
        Instant submittedAt,
        Map<String, String> metadata,
        LocalDate referenceDate) implements EventData {
}
