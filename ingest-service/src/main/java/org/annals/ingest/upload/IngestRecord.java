package org.annals.ingest.upload;

import java.time.Instant;

/** One upload as the ingest service tracks it for {@code GET /api/ingests/{id}}. */
public record IngestRecord(
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
        Instant updatedAt) {
}
