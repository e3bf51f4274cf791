package org.annals.store.events;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.events.EventCodec;
import org.annals.events.Envelope;

/**
 * The append-only event store: per-document streams, hash-chained, deduplicated by event id.
 * Methods take the caller's connection so an append, its projections and the consumed offset
 * commit together. Nothing here updates or deletes an event (the database refuses it too).
 */
public final class EventStore {

    private static final String COLUMNS = "sequence, document_id, stream_version, event_id, type, source, time, "
            + "ingest_id, causation_id, data, previous_hash, event_hash, recorded_at";

    private final EventCodec codec;

    public EventStore(EventCodec codec) {
        this.codec = codec;
    }

    public boolean contains(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM events WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public Optional<StoredEvent> find(Connection c, String eventId) throws SQLException {
        List<StoredEvent> found = query(c, "SELECT " + COLUMNS + " FROM events WHERE event_id = ?", eventId);
        return found.stream().findFirst();
    }

    /** The document's current stream version: 0 for a document never seen. */
    public long version(Connection c, String documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(stream_version), 0) FROM events WHERE document_id = ?")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The document's events in stream order. */
    public List<StoredEvent> stream(Connection c, String documentId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM events WHERE document_id = ? ORDER BY stream_version",
                documentId);
    }

    /** Every document that has a stream, in order of first appearance (for rebuilds and verify). */
    public List<String> documentIds(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT document_id FROM events GROUP BY document_id ORDER BY MIN(sequence)");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /**
     * Appends events to one document's stream if it is still at {@code expectedVersion}.
     * Events whose id is already stored (a redelivery, a replay) are skipped: they change nothing.
     *
     * @return the events actually appended, with their versions and hashes
     * @throws ConcurrencyConflict if the stream has moved on since the caller read it
     */
    public List<StoredEvent> append(Connection c, String documentId, long expectedVersion,
                                    List<? extends Envelope<?>> events) throws SQLException {
        long version = version(c, documentId);
        if (version != expectedVersion) {
            throw new ConcurrencyConflict(documentId, expectedVersion, version);
        }
        String previousHash = version == 0 ? null : find(c, documentId, version).eventHash();
        String recordedAt = Instant.now().toString();
        List<StoredEvent> appended = new ArrayList<>();
        String sql = "INSERT INTO events (document_id, stream_version, event_id, type, source, time, ingest_id, "
                + "causation_id, data, previous_hash, event_hash, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
            for (Envelope<?> event : events) {
                if (!documentId.equals(event.subject())) {
                    throw new IllegalArgumentException("Event " + event.id() + " belongs to document "
                            + event.subject() + ", not " + documentId);
                }
                if (contains(c, event.id()) || appended.stream().anyMatch(a -> a.eventId().equals(event.id()))) {
                    continue;
                }
                version++;
                String data = new String(codec.canonicalBytes(event.data()), StandardCharsets.UTF_8);
                String type = event.type().ceType();
                String time = event.time().toString();
                String hash = HashChain.hash(previousHash, documentId, version, event.id(), type, event.source(), time,
                        event.ingestId(), event.causationId(), data);
                ps.setString(1, documentId);
                ps.setLong(2, version);
                ps.setString(3, event.id());
                ps.setString(4, type);
                ps.setString(5, event.source());
                ps.setString(6, time);
                ps.setString(7, event.ingestId());
                ps.setString(8, event.causationId());
                ps.setString(9, data);
                ps.setString(10, previousHash);
                ps.setString(11, hash);
                ps.setString(12, recordedAt);
                ps.executeUpdate();
                long sequence;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    sequence = keys.getLong(1);
                }
                appended.add(new StoredEvent(sequence, documentId, version, event.id(), type, event.source(), time,
                        event.ingestId(), event.causationId(), data, previousHash, hash, recordedAt));
                previousHash = hash;
            }
        }
        return appended;
    }

    /** The sequence of the last event recorded; 0 for an empty store. */
    public long lastSequence(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(sequence), 0) FROM events");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How many events were recorded up to and including {@code sequence}. */
    public long count(Connection c, long upToSequence) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events WHERE sequence <= ?")) {
            ps.setLong(1, upToSequence);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Documents with an event recorded after {@code sequence}: what changed since a rebuild began. */
    public List<String> documentIdsAfter(Connection c, long sequence) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT document_id FROM events WHERE sequence > ? ORDER BY document_id")) {
            ps.setLong(1, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    public long count(Connection c, EventSelection selection) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events WHERE " + selection.where(params))) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The next {@code limit} selected events after {@code afterSequence}, in the order they were recorded. */
    public List<StoredEvent> select(Connection c, EventSelection selection, long afterSequence, int limit)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = selection.where(params);
        params.add(afterSequence);
        params.add(limit);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM events WHERE " + where + " AND sequence > ? ORDER BY sequence LIMIT ?")) {
            bind(ps, params);
            return read(ps);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private StoredEvent find(Connection c, String documentId, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM events WHERE document_id = ? AND stream_version = ?")) {
            ps.setString(1, documentId);
            ps.setLong(2, version);
            return read(ps).get(0);
        }
    }

    private static List<StoredEvent> query(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            return read(ps);
        }
    }

    private static List<StoredEvent> read(PreparedStatement ps) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                events.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
            }
        }
        return events;
    }
}
