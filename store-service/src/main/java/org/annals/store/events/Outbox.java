package org.annals.store.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored events still to be published. An event enters in the transaction that stores it and
 * leaves once Kafka acknowledged it, so a crash or a broker outage between the two loses nothing.
 */
public final class Outbox {

    public void add(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO outbox (event_id) VALUES (?)")) {
            ps.setString(1, eventId);
            ps.executeUpdate();
        }
    }

    public List<StoredEvent> pending(Connection c, EventStore store, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT o.event_id FROM outbox o JOIN events e ON e.event_id = o.event_id
                ORDER BY e.sequence LIMIT ?""")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        List<StoredEvent> events = new ArrayList<>();
        for (String id : ids) {
            store.find(c, id).ifPresent(events::add);
        }
        return events;
    }

    public void sent(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE event_id = ?")) {
            ps.setString(1, eventId);
            ps.executeUpdate();
        }
    }
}
