package org.annals.store.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * The store's SQLite file: migrated by Flyway on open, WAL with {@code synchronous=FULL} so a
 * committed append survives a power cut. Two connections: one writer, used by one transaction at
 * a time (SQLite allows a single writer anyway), and one reader, so queries answer from the last
 * committed state while a long piece of work (a projection rebuild, a verification) writes.
 */
public final class Database implements AutoCloseable {

    /** Runs against an open connection; SQL errors propagate to the transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final Connection reader;
    private final Object readLock = new Object();

    private Database(Path file, Connection connection, Connection reader) {
        this.file = file;
        this.connection = connection;
        this.reader = reader;
    }

    public static Database open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of " + file, e);
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            Connection connection = connect(url);
            // One folder per database: PostgreSQL will carry its own trigger and full-text syntax
            // in db/migration/postgresql, with the same versions as SQLite's.
            Flyway.configure()
                    .dataSource(url, null, null)
                    .locations("classpath:db/migration/sqlite")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return new Database(file, connection, connect(url));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the event store " + file + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA busy_timeout=10000");
            s.execute("PRAGMA foreign_keys=ON");
        }
        return connection;
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public synchronized <T> T transaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Event store transaction failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a read on the reader connection, in one transaction so SQLite's WAL gives all of it
     * one consistent snapshot of what was committed; it never waits for the writer.
     */
    public <T> T read(Work<T> work) {
        synchronized (readLock) {
            try {
                reader.setAutoCommit(false);
                try {
                    return work.run(reader);
                } finally {
                    reader.rollback();
                    reader.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException("Event store read failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            synchronized (readLock) {
                reader.close();
            }
            connection.close();
        } catch (SQLException ignored) {
            // Closing at shutdown: nothing left to save.
        }
    }
}
