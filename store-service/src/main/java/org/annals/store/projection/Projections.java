package org.annals.store.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.events.EventCodec;
import org.annals.events.Tag;
import org.annals.events.TextExtracted;
import org.annals.store.editions.DocumentHistory;
import org.annals.store.editions.Edition;
import org.annals.store.editions.Revision;
import org.annals.store.events.StoredEvent;

/**
 * The query tables (documents, editions, tags_index, edition_text), derived from the event
 * store. A document's rows are rewritten whole from its folded history on every append, so an
 * incremental update and a rebuild from the events ({@link ProjectionRebuild}) cannot disagree.
 */
public final class Projections {

    private final ObjectMapper json;

    public Projections(EventCodec codec) {
        this.json = codec.mapper();
    }

    /** Rewrites one document's rows from its history, in the caller's transaction. */
    public void refresh(Connection c, DocumentHistory history) throws SQLException {
        refresh(c, history, ProjectionTables.LIVE);
    }

    /** Rewrites one document's rows in the given set of tables (the live ones, or a rebuild's). */
    public void refresh(Connection c, DocumentHistory history, ProjectionTables t) throws SQLException {
        String id = history.documentId();
        // The full-text rows share their edition row's rowid: FTS5 finds them by it without a scan.
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t.text()
                + " WHERE rowid IN (SELECT rowid FROM " + t.editions() + " WHERE document_id = ?)")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
        for (String table : List.of(t.documents(), t.editions(), t.tags())) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
        Edition latest = history.latest();
        if (latest == null) {
            return; // events arrived before their source: nothing to list yet
        }
        List<StoredEvent> events = history.events();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.documents() + """
                 (document_id, collection, title, latest_edition, edition_count, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, id);
            ps.setString(2, latest.source().collection());
            ps.setString(3, title(history));
            ps.setInt(4, latest.number());
            ps.setInt(5, history.editions().size());
            ps.setString(6, events.get(0).recordedAt());
            ps.setString(7, events.get(events.size() - 1).recordedAt());
            ps.executeUpdate();
        }
        for (Edition edition : history.editions()) {
            insertEdition(c, id, edition, t);
        }
    }

    private void insertEdition(Connection c, String id, Edition e, ProjectionTables t) throws SQLException {
        TextExtracted text = e.extraction();
        Revision revision = e.latestRevision();
        List<Tag> tags = revision == null ? List.of() : revision.enrichment().tags();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.editions() + """
                 (document_id, edition, ingest_id, status, source_sha256, media_type, text_sha256,
                  text, metadata, tags, enrichment_revision, error, recorded_at, submitted_by, filename, blob_uri, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, id);
            ps.setInt(2, e.number());
            ps.setString(3, e.source().ingestId());
            ps.setString(4, e.status().name());
            ps.setString(5, e.source().sha256());
            ps.setString(6, text != null ? text.mediaType() : e.source().declaredMediaType());
            ps.setString(7, text == null ? null : text.textSha256());
            ps.setString(8, text == null ? null : text.text());
            ps.setString(9, write(text == null ? Map.of() : text.metadata() == null ? Map.of() : text.metadata()));
            ps.setString(10, write(tags));
            ps.setInt(11, e.enrichmentRevision());
            ps.setString(12, text == null && e.failure() != null ? e.failure().reason() : null);
            ps.setString(13, e.latestRecorded() == null ? null : e.latestRecorded().recordedAt().toString());
            ps.setString(14, e.source().submittedBy());
            ps.setString(15, e.source().filename());
            ps.setString(16, e.source().blobUri());
            ps.setString(17, write(details(e)));
            ps.executeUpdate();
        }
        if (text != null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.text()
                    + " (rowid, document_id, edition, text) SELECT rowid, document_id, edition, ? FROM " + t.editions()
                    + " WHERE document_id = ? AND edition = ?")) {
                ps.setString(1, text.text());
                ps.setString(2, id);
                ps.setInt(3, e.number());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.tags() + """
                 (document_id, edition, type, value, text, start, "end", value_folded, date_from, date_to)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Tag tag : tags) {
                DateBounds bounds = tag.type() == Tag.Kind.DATE ? DateBounds.of(tag.value()).orElse(null) : null;
                ps.setString(1, id);
                ps.setInt(2, e.number());
                ps.setString(3, tag.type().name());
                ps.setString(4, tag.value());
                ps.setString(5, tag.text());
                ps.setInt(6, tag.start());
                ps.setInt(7, tag.end());
                ps.setString(8, tag.value() == null ? null : tag.value().toLowerCase(Locale.ROOT));
                ps.setString(9, bounds == null ? null : bounds.from().toString());
                ps.setString(10, bounds == null ? null : bounds.to().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The rest of the edition view, in a fixed order so the same history gives the same bytes. */
    private static Map<String, Object> details(Edition e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("collection", e.source().collection());
        d.put("declaredMediaType", e.source().declaredMediaType());
        d.put("size", e.source().size());
        d.put("submittedAt", e.source().submittedAt().toString());
        d.put("referenceDate", e.source().referenceDate() == null ? null : e.source().referenceDate().toString());
        d.put("sourceMetadata", e.source().metadata() == null ? Map.of() : e.source().metadata());
        TextExtracted text = e.extraction();
        d.put("language", text == null ? null : text.language());
        d.put("pages", text == null ? null : text.pages());
        d.put("ocr", text == null ? null : text.ocr());
        d.put("extractor", text == null ? null : text.extractor());
        Revision revision = e.latestRevision();
        d.put("enricher", revision == null ? null : revision.enrichment().enricher());
        if (e.failure() != null) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("reason", e.failure().reason());
            failure.put("errorClass", e.failure().errorClass());
            failure.put("retriable", e.failure().retriable());
            d.put("failure", failure);
        }
        return d;
    }

    private static String title(DocumentHistory history) {
        for (int n = history.editions().size(); n >= 1; n--) {
            Edition e = history.edition(n);
            if (e.source().metadata() != null && notBlank(e.source().metadata().get("title"))) {
                return e.source().metadata().get("title");
            }
            if (e.extraction() != null && e.extraction().metadata() != null) {
                for (String key : List.of("dc:title", "title")) {
                    Object value = e.extraction().metadata().get(key);
                    if (value instanceof String s && notBlank(s)) {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write projection JSON", e);
        }
    }
}
