package org.annals.ingest.upload;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/** How an ingest is shown over HTTP: the answer to an upload and to {@code GET /api/ingests/{id}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestView(
        String ingestId,
        String documentId,
        String collection,
        String filename,
        String sha256,
        long size,
        IngestStatus status,
        Integer edition,
        String error,
        Instant receivedAt,
        Instant updatedAt,
        Map<String, String> links) {

    public static IngestView of(IngestRecord r) {
        return new IngestView(r.ingestId(), r.documentId(), r.collection(), r.filename(), r.sha256(), r.size(),
                r.status(), r.edition(), r.error(), r.receivedAt(), r.updatedAt(),
                Map.of("self", "/api/ingests/" + r.ingestId()));
    }
}
