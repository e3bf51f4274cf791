package org.annals.store.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.events.EventCodec;
import org.annals.store.events.ChainCheck;
import org.annals.store.events.Database;
import org.annals.store.events.EventStore;
import org.annals.store.events.HashChain;
import org.annals.store.events.StoredEvent;

/** Answers the query API from the projections (and the event history from the events). */
@Singleton
public class Catalogue {

    /** Where an edition's original bytes are and how to label them. */
    public record SourceFile(String blobUri, String mediaType, String filename) {
    }

    private final Database database;
    private final EventStore store;
    private final ObjectMapper json;

    public Catalogue(Database database, EventStore store, EventCodec codec) {
        this.database = database;
        this.store = store;
        this.json = codec.mapper();
    }

    public DocumentPage list(DocumentQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.collection() != null) {
            where.append(" AND d.collection = ?");
            params.add(query.collection());
        }
        if (query.match() != null) {
            where.append(" AND d.document_id IN (SELECT document_id FROM edition_text WHERE edition_text MATCH ?)");
            params.add(query.match());
        }
        if (query.person() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM tags_index t WHERE t.document_id = d.document_id"
                    + " AND t.edition = d.latest_edition AND t.type = 'PERSON'"
                    + " AND t.value_folded LIKE ? ESCAPE '\\')");
            params.add("%" + query.person().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.dateFrom() != null || query.dateTo() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM tags_index t WHERE t.document_id = d.document_id"
                    + " AND t.edition = d.latest_edition AND t.type = 'DATE' AND t.date_from IS NOT NULL");
            if (query.dateTo() != null) {
                where.append(" AND t.date_from <= ?");
                params.add(query.dateTo().toString());
            }
            if (query.dateFrom() != null) {
                where.append(" AND t.date_to >= ?");
                params.add(query.dateFrom().toString());
            }
            where.append(")");
        }
        return database.read(c -> {
            long total;
            try (PreparedStatement ps = prepare(c, "SELECT COUNT(*) FROM documents d" + where, params)) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(query.size());
            pageParams.add((long) (query.page() - 1) * query.size());
            List<DocumentSummary> items = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT d.document_id, d.collection, d.title, d.edition_count,"
                    + " d.latest_edition, d.updated_at FROM documents d" + where
                    + " ORDER BY d.updated_at DESC, d.document_id LIMIT ? OFFSET ?", pageParams)) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getInt(5), rs.getString(6)));
                    }
                }
            }
            long pages = (total + query.size() - 1) / query.size();
            return new DocumentPage(items, query.page(), query.size(), total, pages);
        });
    }

    public Optional<DocumentView> document(String documentId) {
        return database.read(c -> {
            List<DocumentView.EditionSummary> editions = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT edition, ingest_id, status, source_sha256, text_sha256,"
                    + " enrichment_revision, recorded_at, filename, media_type, error FROM editions"
                    + " WHERE document_id = ? ORDER BY edition", List.of(documentId));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    editions.add(new DocumentView.EditionSummary(rs.getInt(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10)));
                }
            }
            try (PreparedStatement ps = prepare(c, "SELECT collection, title, latest_edition, edition_count, created_at,"
                    + " updated_at FROM documents WHERE document_id = ?", List.of(documentId));
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DocumentView(documentId, rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getString(5), rs.getString(6), editions));
            }
        });
    }

    /** The edition view; field order is fixed so an unchanged edition answers the same bytes. */
    public Optional<ObjectNode> edition(String documentId, int edition) {
        return database.read(c -> {
            try (PreparedStatement ps = prepare(c, "SELECT ingest_id, status, source_sha256, media_type, text_sha256,"
                    + " text, metadata, tags, enrichment_revision, error, recorded_at, submitted_by, filename, details"
                    + " FROM editions WHERE document_id = ? AND edition = ?", List.of(documentId, edition));
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                JsonNode details = parse(rs.getString(14));
                ObjectNode view = json.createObjectNode();
                view.put("documentId", documentId);
                view.put("edition", edition);
                view.put("status", rs.getString(2));
                view.put("ingestId", rs.getString(1));
                view.set("collection", details.get("collection"));
                view.put("filename", rs.getString(13));
                view.put("mediaType", rs.getString(4));
                view.set("declaredMediaType", details.get("declaredMediaType"));
                view.set("size", details.get("size"));
                view.put("submittedBy", rs.getString(12));
                view.set("submittedAt", details.get("submittedAt"));
                view.set("referenceDate", details.get("referenceDate"));
                view.put("sourceSha256", rs.getString(3));
                view.put("textSha256", rs.getString(5));
                view.put("text", rs.getString(6));
                view.set("language", details.get("language"));
                view.set("pages", details.get("pages"));
                view.set("metadata", parse(rs.getString(7)));
                view.set("sourceMetadata", details.get("sourceMetadata"));
                view.set("tags", parse(rs.getString(8)));
                view.set("ocr", details.get("ocr"));
                view.set("extractor", details.get("extractor"));
                view.set("enricher", details.get("enricher"));
                view.put("enrichmentRevision", rs.getInt(9));
                view.put("recordedAt", rs.getString(11));
                view.put("error", rs.getString(10));
                if (details.has("failure")) {
                    view.set("failure", details.get("failure"));
                }
                ObjectNode links = view.putObject("links");
                String base = "/api/documents/" + documentId;
                links.put("document", base);
                links.put("source", base + "/editions/" + edition + "/source");
                links.put("events", base + "/events");
                return Optional.of(view);
            }
        });
    }

    public Optional<SourceFile> source(String documentId, int edition) {
        return database.read(c -> {
            try (PreparedStatement ps = prepare(c, "SELECT blob_uri, media_type, filename, details FROM editions"
                    + " WHERE document_id = ? AND edition = ?", List.of(documentId, edition));
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String mediaType = rs.getString(2);
                if (mediaType == null) {
                    mediaType = parse(rs.getString(4)).path("declaredMediaType").asText(null);
                }
                return Optional.of(new SourceFile(rs.getString(1), mediaType, rs.getString(3)));
            }
        });
    }

    public Optional<EventHistory> events(String documentId) {
        List<StoredEvent> stream = database.read(c -> store.stream(c, documentId));
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        ChainCheck check = HashChain.verify(stream);
        List<EventHistory.EventView> events = stream.stream()
                .map(e -> new EventHistory.EventView(e.sequence(), e.streamVersion(), e.eventId(), e.type(), e.source(),
                        e.time(), e.ingestId(), e.causationId(), parse(e.data()), e.previousHash(), e.eventHash(),
                        e.recordedAt()))
                .toList();
        return Optional.of(new EventHistory(documentId, check.valid(), check, events));
    }

    private JsonNode parse(String text) {
        try {
            return text == null ? json.nullNode() : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<?> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }
}
