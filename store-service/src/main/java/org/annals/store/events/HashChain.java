package org.annals.store.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code eventHash = sha256(previousHash || canonical event bytes)} per document stream (DESIGN §5).
 *
 * <p>The canonical bytes cover the whole event, not only its data: key-sorted JSON of
 * {@code causationId, data, documentId, eventId, ingestId, source, streamVersion, time, type}
 * (absent attributes omitted, {@code data} as stored). So a changed id, time or order is
 * detected as surely as changed text. {@code previousHash} enters as its lowercase hex
 * (nothing for a stream's first event).
 */
public final class HashChain {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private HashChain() {
    }

    public static String hash(String previousHash, String documentId, long streamVersion, String eventId, String type,
                              String source, String time, String ingestId, String causationId, String data) {
        Map<String, Object> event = new TreeMap<>();
        event.put("documentId", documentId);
        event.put("streamVersion", streamVersion);
        event.put("eventId", eventId);
        event.put("type", type);
        event.put("source", source);
        event.put("time", time);
        if (ingestId != null) {
            event.put("ingestId", ingestId);
        }
        if (causationId != null) {
            event.put("causationId", causationId);
        }
        event.put("data", new RawValue(data));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (previousHash != null) {
                sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            }
            sha.update(CANONICAL.writeValueAsBytes(event));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash event " + eventId, e);
        }
    }

    public static String hash(StoredEvent e) {
        return hash(e.previousHash(), e.documentId(), e.streamVersion(), e.eventId(), e.type(), e.source(), e.time(),
                e.ingestId(), e.causationId(), e.data());
    }

    /** Recomputes a stream's chain from its rows; names the first event that does not fit. */
    public static ChainCheck verify(List<StoredEvent> stream) {
        List<ChainCheck> problems = problems(stream);
        return problems.isEmpty() ? ChainCheck.VALID : problems.get(0);
    }

    /**
     * Every event that does not fit its stream. Each row is checked against the stored hash of
     * the row before it, so one altered row is reported once, not with everything after it.
     */
    public static List<ChainCheck> problems(List<StoredEvent> stream) {
        List<ChainCheck> problems = new java.util.ArrayList<>();
        String previous = null;
        long expectedVersion = 1;
        for (StoredEvent e : stream) {
            if (e.streamVersion() != expectedVersion) {
                problems.add(ChainCheck.broken(e, "stream-version", "stream version " + e.streamVersion() + " where " + expectedVersion
                        + " was expected (an event is missing)"));
            } else if (!java.util.Objects.equals(previous, e.previousHash())) {
                problems.add(ChainCheck.broken(e, "previous-hash", "its previousHash " + e.previousHash()
                        + " does not match the hash of the event before it, " + previous));
            }
            String recomputed = hash(e);
            if (!recomputed.equals(e.eventHash())) {
                problems.add(ChainCheck.broken(e, "event-hash", "its content does not match its eventHash (stored "
                        + e.eventHash() + ", recomputed " + recomputed + ")"));
            }
            previous = e.eventHash();
            expectedVersion = e.streamVersion() + 1;
        }
        return problems;
    }
}
