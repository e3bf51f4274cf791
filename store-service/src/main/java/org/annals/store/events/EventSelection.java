package org.annals.store.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Which stored events a replay walks: some event types, optionally only one document's, one
 * collection's (by the collection its sources were received into) or an event-time window.
 *
 * @param from inclusive; null for no lower bound
 * @param to   exclusive; null for no upper bound
 */
public record EventSelection(Set<String> types, String documentId, String collection, Instant from, Instant to) {

    public EventSelection {
        types = Set.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("A selection needs at least one event type");
        }
    }

    public static EventSelection ofTypes(Set<String> types) {
        return new EventSelection(types, null, null, null, null);
    }

    /** The WHERE clause (without the keyword) and, through {@code params}, its parameters in order. */
    String where(List<Object> params) {
        StringBuilder sql = new StringBuilder("type IN (" + String.join(", ", types.stream().map(t -> "?").toList()) + ")");
        params.addAll(types.stream().sorted().toList());
        if (documentId != null) {
            sql.append(" AND document_id = ?");
            params.add(documentId);
        }
        if (collection != null) {
            sql.append(" AND document_id IN (SELECT document_id FROM events WHERE type = 'annals.source.received.v1'"
                    + " AND json_extract(data, '$.collection') = ?)");
            params.add(collection);
        }
        // ce_time is stored as Instant.toString(), whose length varies with its fraction: compare as times.
        if (from != null) {
            sql.append(" AND julianday(time) >= julianday(?)");
            params.add(from.toString());
        }
        if (to != null) {
            sql.append(" AND julianday(time) < julianday(?)");
            params.add(to.toString());
        }
        return sql.toString();
    }
}
