package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A replay or verification as the store's admin API reports it.
 *
 * @param self     the job's own path, polled while it runs
 * @param findings for a verification: what does not match (empty when all is well)
 */
public record Job(String id, String kind, String mode, String state, String message, long done, long total,
                  double ratePerSecond, List<Finding> findings, String self) {

    /** One mismatch a verification found. */
    public record Finding(String kind, String documentId, String eventId, Long streamVersion, String blobUri,
                          String detail) {

        /** {@code documentId  eventId/blobUri  detail}. */
        public String describe() {
            String where = eventId != null ? eventId : blobUri != null ? blobUri : "-";
            return (documentId == null ? "-" : documentId) + "  " + where + "  "
                    + (detail != null ? detail : kind);
        }
    }

    public static Job of(JsonNode json, String fallbackSelf) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : json.path("findings")) {
            findings.add(new Finding(Json.text(f, "kind"), Json.text(f, "documentId"), Json.text(f, "eventId"),
                    f.hasNonNull("streamVersion") ? f.get("streamVersion").asLong() : null, Json.text(f, "blobUri"),
                    Json.text(f, "detail")));
        }
        String self = Json.text(json.path("links"), "self");
        return new Job(Json.text(json, "id"), Json.text(json, "kind"), Json.text(json, "mode"), Json.text(json, "state"),
                Json.text(json, "message"), json.path("done").asLong(0), json.path("total").asLong(0),
                json.path("ratePerSecond").asDouble(0), List.copyOf(findings), self != null ? self : fallbackSelf);
    }

    public boolean running() {
        return "RUNNING".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }

    /** What the job is, for progress lines: {@code replay projections}, {@code verify}. */
    public String title() {
        return "verify".equals(kind) || "verify".equals(mode) ? "verify" : "replay " + mode;
    }
}
