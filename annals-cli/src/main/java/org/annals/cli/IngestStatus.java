package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** Reads an ingest's status from the ingest service. */
final class IngestStatus {

    private IngestStatus() {
    }

    static JsonNode read(Connection connection, String ingestId) {
        return connection.get(Service.INGEST, "/api/ingests/" + PathSegment.of(ingestId)).requireOk().json();
    }

    /** Polls until the ingest is RECORDED or FAILED, and returns that last view. */
    static JsonNode awaitSettled(Connection connection, String ingestId, Duration interval) throws InterruptedException {
        while (true) {
            JsonNode ingest = read(connection, ingestId);
            String status = Json.text(ingest, "status");
            if ("RECORDED".equals(status) || "FAILED".equals(status)) {
                return ingest;
            }
            Thread.sleep(interval.toMillis());
        }
    }
}
