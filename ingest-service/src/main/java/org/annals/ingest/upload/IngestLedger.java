package org.annals.ingest.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ingest service's own record of uploads and their status, in a SQLite file. It is a
 * working table, not the archive's system of record (that is the store's event store): it
 * answers status queries and recognises a repeated upload of the same bytes.
 */
public final class IngestLedger implements AutoCloseable {

    private final Connection connection;

    public IngestLedger(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS ingests (
                          ingest_id   TEXT PRIMARY KEY,
                          document_id TEXT NOT NULL,
                          collection  TEXT NOT NULL,
                          filename    TEXT NOT NULL,
                          sha256      TEXT NOT NULL,
                          size        INTEGER NOT NULL,
                          status      TEXT NOT NULL,
                          edition     INTEGER,
                          error       TEXT,
                          received_at TEXT NOT NULL,
                          updated_at  TEXT NOT NULL,
                          UNIQUE (document_id, sha256)
                        )""");
                // The source.received of an accepted upload until Kafka has acknowledged it: written
                // with the ingest, so an upload cut off by a crash is announced on restart, same id.
                s.execute("""
                        CREATE TABLE IF NOT EXISTS announcements (
                          ingest_id  TEXT PRIMARY KEY REFERENCES ingests (ingest_id),
                          event_id   TEXT NOT NULL,
                          event_time TEXT NOT NULL,
                          data       TEXT NOT NULL
                        )""");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open ingest ledger " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source.received still to be acknowledged by Kafka, as it will be published (same id, same time). */
    public record Announcement(String ingestId, String eventId, Instant time, String data) {
    }

    /**
     * Adds a new upload with the event that announces it, in one transaction; returns false if
     * the same bytes were already uploaded for this document.
     */
    public synchronized boolean insert(IngestRecord r, Announcement announcement) {
        try {
            connection.setAutoCommit(false);
            try {
                boolean inserted = insert(r);
                if (inserted) {
                    try (PreparedStatement ps = connection.prepareStatement(
                            "INSERT INTO announcements (ingest_id, event_id, event_time, data) VALUES (?, ?, ?, ?)")) {
                        ps.setString(1, announcement.ingestId());
                        ps.setString(2, announcement.eventId());
                        ps.setString(3, announcement.time().toString());
                        ps.setString(4, announcement.data());
                        ps.executeUpdate();
                    }
                }
                connection.commit();
                return inserted;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record ingest " + r.ingestId() + ": " + e.getMessage(), e);
        }
    }

    /** Kafka has the ingest's source.received: nothing left to announce. */
    public synchronized void announced(String ingestId) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM announcements WHERE ingest_id = ?")) {
            ps.setString(1, ingestId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized Optional<Announcement> pendingAnnouncement(String ingestId) {
        return announcements("SELECT * FROM announcements WHERE ingest_id = ?", ingestId).stream().findFirst();
    }

    /** Every upload accepted but not yet acknowledged by Kafka, oldest first. */
    public synchronized List<Announcement> pendingAnnouncements() {
        return announcements("SELECT a.* FROM announcements a JOIN ingests i ON i.ingest_id = a.ingest_id "
                + "ORDER BY i.received_at");
    }

    private List<Announcement> announcements(String sql, String... args) {
        List<Announcement> found = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Announcement(rs.getString("ingest_id"), rs.getString("event_id"),
                            Instant.parse(rs.getString("event_time")), rs.getString("data")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** Adds a new upload; returns false if the same bytes were already uploaded for this document. */
    public synchronized boolean insert(IngestRecord r) {
        String sql = """
                INSERT INTO ingests (ingest_id, document_id, collection, filename, sha256, size, status,
                                     edition, error, received_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (document_id, sha256) DO NOTHING""";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, r.ingestId());
            ps.setString(2, r.documentId());
            ps.setString(3, r.collection());
            ps.setString(4, r.filename());
            ps.setString(5, r.sha256());
            ps.setLong(6, r.size());
            ps.setString(7, r.status().name());
            if (r.edition() == null) {
                ps.setNull(8, Types.INTEGER);
            } else {
                ps.setInt(8, r.edition());
            }
            ps.setString(9, r.error());
            ps.setString(10, r.receivedAt().toString());
            ps.setString(11, r.updatedAt().toString());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record ingest " + r.ingestId() + ": " + e.getMessage(), e);
        }
    }

    /** Forgets an upload whose event never reached Kafka, so the archivist can simply try again. */
    public synchronized void forget(String ingestId) {
        try (PreparedStatement a = connection.prepareStatement("DELETE FROM announcements WHERE ingest_id = ?");
             PreparedStatement ps = connection.prepareStatement("DELETE FROM ingests WHERE ingest_id = ?")) {
            a.setString(1, ingestId);
            a.executeUpdate();
            ps.setString(1, ingestId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized Optional<IngestRecord> find(String ingestId) {
        return query("SELECT * FROM ingests WHERE ingest_id = ?", ingestId);
    }

    public synchronized Optional<IngestRecord> findBySource(String documentId, String sha256) {
        return query("SELECT * FROM ingests WHERE document_id = ? AND sha256 = ?", documentId, sha256);
    }

    /** Moves an ingest forward; a stale or repeated status event changes nothing. */
    public synchronized boolean advance(String ingestId, IngestStatus next, Integer edition, String error) {
        Optional<IngestRecord> current = find(ingestId);
        if (current.isEmpty() || !current.get().status().canMoveTo(next)) {
            return false;
        }
        String sql = "UPDATE ingests SET status = ?, edition = COALESCE(?, edition), error = ?, updated_at = ? "
                + "WHERE ingest_id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, next.name());
            if (edition == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setInt(2, edition);
            }
            ps.setString(3, error);
            ps.setString(4, Instant.now().toString());
            ps.setString(5, ingestId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<IngestRecord> query(String sql, String... args) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int editionNumber = rs.getInt("edition");
                Integer edition = rs.wasNull() ? null : editionNumber;
                return Optional.of(new IngestRecord(
                        rs.getString("ingest_id"),
                        rs.getString("document_id"),
                        rs.getString("collection"),
                        rs.getString("filename"),
                        rs.getString("sha256"),
                        rs.getLong("size"),
                        IngestStatus.valueOf(rs.getString("status")),
                        edition,
                        rs.getString("error"),
                        Instant.parse(rs.getString("received_at")),
                        Instant.parse(rs.getString("updated_at"))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing on shutdown
        }
    }
}
