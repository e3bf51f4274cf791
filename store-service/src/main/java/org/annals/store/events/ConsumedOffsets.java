package org.annals.store.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Where the store's consumer stands on each partition, kept in the same transactions as the events. */
public final class ConsumedOffsets {

    public OptionalLong next(Connection c, String group, String topic, int partition) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT next_offset FROM consumed_offsets WHERE group_id = ? AND topic = ? AND partition = ?")) {
            ps.setString(1, group);
            ps.setString(2, topic);
            ps.setInt(3, partition);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** A partition's stored position. */
    public record Position(String topic, int partition, long nextOffset) {
    }

    public List<Position> all(Connection c, String group) throws SQLException {
        List<Position> positions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT topic, partition, next_offset FROM consumed_offsets WHERE group_id = ?")) {
            ps.setString(1, group);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    positions.add(new Position(rs.getString(1), rs.getInt(2), rs.getLong(3)));
                }
            }
        }
        return positions;
    }

    public void advance(Connection c, String group, String topic, int partition, long nextOffset) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO consumed_offsets (group_id, topic, partition, next_offset) VALUES (?, ?, ?, ?)
                ON CONFLICT (group_id, topic, partition) DO UPDATE SET next_offset = excluded.next_offset""")) {
            ps.setString(1, group);
            ps.setString(2, topic);
            ps.setInt(3, partition);
            ps.setLong(4, nextOffset);
            ps.executeUpdate();
        }
    }
}
