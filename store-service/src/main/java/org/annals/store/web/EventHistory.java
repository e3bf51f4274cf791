package org.annals.store.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.annals.store.events.ChainCheck;

/** A document's full event history in stream order, with the hash chain recomputed on the fly. */
public record EventHistory(String documentId, boolean chainValid, ChainCheck chain, List<EventView> events) {

    public record EventView(long sequence, long streamVersion, String eventId, String type, String source, String time,
                            String ingestId, String causationId, JsonNode data, String previousHash, String eventHash,
                            String recordedAt) {
    }
}
