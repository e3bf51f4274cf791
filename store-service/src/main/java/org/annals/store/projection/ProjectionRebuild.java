package org.annals.store.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.events.EventCodec;
import org.annals.events.ReplayRequested;
import org.annals.store.editions.DocumentHistory;
import org.annals.store.events.Database;
import org.annals.store.events.EventStore;
import org.annals.store.events.StoredEvent;
import org.annals.store.jobs.Progress;

/**
 * Drops every projection and builds it again from the event store while queries keep answering.
 *
 * <p>The new tables are filled beside the live ones ({@link ProjectionTables#REBUILD}), a few
 * documents per transaction so the recording consumer and the readers are never held up for
 * long. Events keep arriving meanwhile: the rebuild notes the last event sequence when it
 * starts and, in the short transaction that swaps the new tables in, folds again every
 * document that received an event after that mark. Queries read the old tables until that
 * commit and the new ones after it; none sees a half-built set.
 *
 * <p>The new tables are created from the live tables' own DDL (as the Flyway migrations left
 * it), so a migration that changes a projection needs no second copy of its schema here.
 */
public final class ProjectionRebuild {

    /** The outcome, for the job's message. */
    public record Result(int documents, long events, int caughtUp) {
    }

    private static final int DOCUMENTS_PER_TRANSACTION = 50;
    private static final String INDEX_TWIN = "__b";

    private final Database database;
    private final EventStore store;
    private final Projections projections;
    private final EventCodec codec;

    public ProjectionRebuild(Database database, EventStore store, Projections projections, EventCodec codec) {
        this.database = database;
        this.store = store;
        this.projections = projections;
        this.codec = codec;
    }

    public Result run(Progress progress) {
        long mark = database.transaction(c -> {
            dropRebuildTables(c);
            createRebuildTables(c);
            return store.lastSequence(c);
        });
        List<String> ids = database.read(c -> {
            progress.total(store.count(c, mark));
            return store.documentIds(c);
        });
        long events = 0;
        for (int i = 0; i < ids.size(); i += DOCUMENTS_PER_TRANSACTION) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + DOCUMENTS_PER_TRANSACTION));
            long done = database.transaction(c -> {
                long n = 0;
                for (String id : chunk) {
                    List<StoredEvent> stream = store.stream(c, id);
                    projections.refresh(c, DocumentHistory.fold(id, stream, codec), ProjectionTables.REBUILD);
                    n += stream.stream().filter(e -> e.sequence() <= mark).count();
                }
                return n;
            });
            events += done;
            progress.advance(done);
        }
        int caughtUp = database.transaction(c -> {
            List<String> changed = store.documentIdsAfter(c, mark);
            for (String id : changed) {
                projections.refresh(c, DocumentHistory.fold(id, store.stream(c, id), codec), ProjectionTables.REBUILD);
            }
            swap(c);
            return changed.size();
        });
        int documents = (int) ids.stream().filter(id -> !id.equals(ReplayRequested.STREAM)).count();
        return new Result(documents, events, caughtUp);
    }

    private static void dropRebuildTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : ProjectionTables.REBUILD.all()) {
                s.executeUpdate("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    /**
     * Creates each rebuild table and its indexes from the live table's DDL. SQLite cannot rename
     * an index, so an index keeps the name it was built under after a swap; the twin gets the
     * name with {@value #INDEX_TWIN} added or taken off, which never clashes with the live one.
     */
    private static void createRebuildTables(Connection c) throws SQLException {
        List<String> ddl = new ArrayList<>();
        List<String> live = ProjectionTables.LIVE.all();
        List<String> rebuild = ProjectionTables.REBUILD.all();
        for (int i = 0; i < live.size(); i++) {
            String table = live.get(i);
            String target = rebuild.get(i);
            Map<String, String> schema = schema(c, "table", table);
            if (schema.isEmpty()) {
                throw new IllegalStateException("The projection table " + table + " is missing");
            }
            ddl.add(rename(schema.get(table), "CREATE (VIRTUAL )?TABLE", table, "CREATE $1TABLE " + target));
            for (Map.Entry<String, String> index : schema(c, "index", table).entrySet()) {
                String name = index.getKey();
                String twin = name.endsWith(INDEX_TWIN) ? name.substring(0, name.length() - INDEX_TWIN.length())
                        : name + INDEX_TWIN;
                String created = rename(index.getValue(), "CREATE (UNIQUE )?INDEX", name, "CREATE $1INDEX " + twin);
                ddl.add(created.replaceFirst("(?i)\\bON\\s+\"?" + Pattern.quote(table) + "\"?", "ON " + target));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String statement : ddl) {
                s.executeUpdate(statement);
            }
        }
    }

    /** name → CREATE statement of the tables (or of a table's indexes) as sqlite_master holds them. */
    private static Map<String, String> schema(Connection c, String type, String table) throws SQLException {
        String sql = "table".equals(type)
                ? "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name = ?"
                : "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL";
        Map<String, String> found = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return found;
    }

    private static String rename(String ddl, String create, String name, String replacement) {
        Matcher m = Pattern.compile("(?i)^\\s*" + create + "\\s+(?:IF NOT EXISTS\\s+)?\"?" + Pattern.quote(name) + "\"?")
                .matcher(ddl);
        if (!m.find()) {
            throw new IllegalStateException("Cannot read the DDL of " + name + ": " + ddl);
        }
        return m.replaceFirst(replacement);
    }

    private static void swap(Connection c) throws SQLException {
        List<String> live = ProjectionTables.LIVE.all();
        List<String> rebuild = ProjectionTables.REBUILD.all();
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < live.size(); i++) {
                s.executeUpdate("DROP TABLE " + live.get(i));
                s.executeUpdate("ALTER TABLE " + rebuild.get(i) + " RENAME TO " + live.get(i));
            }
        }
    }
}
