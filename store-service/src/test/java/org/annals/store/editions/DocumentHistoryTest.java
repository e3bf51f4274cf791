package org.annals.store.editions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annals.events.EditionRecorded;
import org.annals.events.EventCodec;
import org.annals.events.EventType;
import org.annals.events.Envelope;
import org.annals.events.SourceReceived;
import org.annals.events.TextEnriched;
import org.annals.events.TextExtracted;
import org.annals.store.Pipeline;
import org.annals.store.events.Database;
import org.annals.store.events.EventStore;
import org.annals.store.events.HashChain;
import org.annals.store.events.Outbox;
import org.annals.store.events.StoredEvent;
import org.annals.store.projection.Projections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editions as the recorder folds them, whatever order the topics deliver the events in. */
class DocumentHistoryTest {

    @TempDir
    Path dir;

    private final EventCodec codec = new EventCodec();
    private final EventStore store = new EventStore(codec);
    private Database database;
    private Recorder recorder;
    private Pipeline pipeline;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("store/events.db"));
        recorder = new Recorder(store, new Outbox(), new Projections(codec), codec);
        pipeline = new Pipeline(dir);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void tagsArrivingBeforeTheTextStillCompleteTheEdition() {
        Envelope<SourceReceived> source = pipeline.source("out-of-order", "Petrograd, 1917.");
        Envelope<TextExtracted> text = pipeline.extracted(source);
        Envelope<TextEnriched> tags = pipeline.enriched(text, "1.0", List.of(), Map.of("1917", "1917"));

        assertThat(record(tags)).isEmpty();
        assertThat(record(source)).isEmpty();
        List<StoredEvent> recorded = record(text);

        assertThat(recorded).hasSize(1);
        EditionRecorded edition = recorded.get(0).data(codec);
        assertThat(edition.edition()).isEqualTo(1);
        assertThat(edition.enrichmentRevision()).isEqualTo(1);
        assertThat(recorded.get(0).causationId()).isEqualTo(tags.id());
        assertThat(HashChain.verify(stream("out-of-order")).valid()).isTrue();
    }

    @Test
    void theSameBytesUnderANewIngestOpenNoEditionAndTheSameTagsAddNoRevision() {
        Envelope<SourceReceived> source = pipeline.source("twice", "The same bytes.");
        Envelope<TextExtracted> text = pipeline.extracted(source);
        record(source);
        record(text);
        assertThat(record(pipeline.enriched(text, "1.0"))).hasSize(1);

        Envelope<SourceReceived> again = pipeline.source("twice", "The same bytes.");
        assertThat(record(again)).isEmpty();
        assertThat(record(pipeline.extracted(again))).isEmpty();
        // The same enricher, replayed under a new id, finds the same tags: nothing new to record.
        assertThat(record(pipeline.enriched(pipeline.extracted(again), "1.0"))).isEmpty();

        DocumentHistory history = DocumentHistory.fold("twice", stream("twice"), codec);
        assertThat(history.editions()).hasSize(1);
        assertThat(history.latest().enrichmentRevision()).isEqualTo(1);
        assertThat(stream("twice")).extracting(StoredEvent::eventType).containsExactly(
                EventType.SOURCE_RECEIVED, EventType.TEXT_EXTRACTED, EventType.TEXT_ENRICHED, EventType.EDITION_RECORDED,
                EventType.SOURCE_RECEIVED, EventType.TEXT_EXTRACTED, EventType.TEXT_ENRICHED);
    }

    @Test
    void anEditionRecordedEventIsQueuedForPublicationWithItsDerivedId() {
        Envelope<SourceReceived> source = pipeline.source("queued", "Text.");
        Envelope<TextExtracted> text = pipeline.extracted(source);
        Envelope<TextEnriched> tags = pipeline.enriched(text, "1.0");
        record(source);
        record(text);
        StoredEvent recorded = record(tags).get(0);

        List<StoredEvent> pending = database.read(c -> new Outbox().pending(c, store, 10));
        assertThat(pending).extracting(StoredEvent::eventId).containsExactly(recorded.eventId());
        assertThat(recorded.eventId()).isEqualTo(org.annals.events.EventIds.derived(tags.id(), Recorder.SOURCE,
                Recorder.VERSION, EventType.EDITION_RECORDED));
    }

    private List<StoredEvent> record(Envelope<?> event) {
        @SuppressWarnings("unchecked")
        Envelope<org.annals.events.EventData> e = (Envelope<org.annals.events.EventData>) event;
        return database.transaction(c -> recorder.record(c, e));
    }

    private List<StoredEvent> stream(String documentId) {
        return database.read(c -> store.stream(c, documentId));
    }
}
