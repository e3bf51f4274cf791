package org.annals.store.editions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.annals.events.EditionRecorded;
import org.annals.events.EventCodec;
import org.annals.events.EventData;
import org.annals.events.EventType;
import org.annals.events.Envelope;
import org.annals.store.events.EventStore;
import org.annals.store.events.Outbox;
import org.annals.store.events.StoredEvent;
import org.annals.store.projection.Projections;

/**
 * Records one pipeline event in the caller's transaction: appends it to its document's
 * stream (unless its id is already there), appends the edition.recorded events it makes due,
 * queues those for publication and refreshes the document's projections.
 */
public final class Recorder {

    public static final String SOURCE = "/annals/store-service";
    /** Part of every derived edition.recorded id: a replay through this version yields the same ids. */
    public static final String VERSION = "1";

    private final EventStore store;
    private final Outbox outbox;
    private final Projections projections;
    private final EventCodec codec;

    public Recorder(EventStore store, Outbox outbox, Projections projections, EventCodec codec) {
        this.store = store;
        this.outbox = outbox;
        this.projections = projections;
        this.codec = codec;
    }

    /** @return the edition.recorded events appended, to publish once the transaction commits */
    public List<StoredEvent> record(Connection c, Envelope<? extends EventData> event) throws SQLException {
        if (event.type() == EventType.EDITION_RECORDED || store.contains(c, event.id())) {
            return List.of(); // the store's own output, or a redelivery/replay: nothing changes
        }
        String documentId = event.subject();
        long version = store.version(c, documentId);
        store.append(c, documentId, version, List.of(event));
        DocumentHistory history = DocumentHistory.fold(documentId, store.stream(c, documentId), codec);
        List<Envelope<EditionRecorded>> due = due(history);
        List<StoredEvent> recorded = List.of();
        if (!due.isEmpty()) {
            recorded = store.append(c, documentId, version + 1, due);
            for (StoredEvent e : recorded) {
                outbox.add(c, e.eventId());
            }
            history = DocumentHistory.fold(documentId, store.stream(c, documentId), codec);
        }
        projections.refresh(c, history);
        return recorded;
    }

    /**
     * One edition.recorded per enrichment revision not yet recorded. Its cause is the revision's
     * text.enriched event, the event that completed the edition (or this revision of it):
     * {@code eventHash} is that event's hash in the stream and {@code previousEventHash} its
     * predecessor's, so a subscriber can check the record against the store's chain.
     */
    private List<Envelope<EditionRecorded>> due(DocumentHistory history) {
        List<Envelope<EditionRecorded>> due = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (Edition edition : history.editions()) {
            for (int revision = edition.recorded().size() + 1; revision <= edition.enrichmentRevision(); revision++) {
                StoredEvent cause = edition.revisions().get(revision - 1).event();
                EditionRecorded data = new EditionRecorded(history.documentId(), edition.number(),
                        edition.source().ingestId(), edition.source().sha256(), edition.extraction().textSha256(),
                        revision, now, cause.eventHash(), cause.previousHash());
                due.add(Envelope.derive(cause.toEnvelope(codec), SOURCE, VERSION, data));
            }
        }
        return due;
    }
}
