package org.annals.store.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.annals.events.EventCodec;
import org.annals.events.Envelope;
import org.annals.events.SourceReceived;
import org.annals.events.TextExtracted;
import org.annals.store.Pipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {

    @TempDir
    Path dir;

    private final EventCodec codec = new EventCodec();
    private final EventStore store = new EventStore(codec);
    private Database database;
    private Pipeline pipeline;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("store/events.db"));
        pipeline = new Pipeline(dir);
    }

    private List<StoredEvent> stream(String documentId) {
        return database.read(c -> store.stream(c, documentId));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void appendedEventsReadBackInStreamOrderWithAValidChain() {
        Envelope<SourceReceived> source = pipeline.source("letter-1", "Dear Alexandra, 16 March 1921.");
        Envelope<TextExtracted> text = pipeline.extracted(source);

        database.transaction(c -> store.append(c, "letter-1", 0, List.of(source, text)));

        List<StoredEvent> stream = database.read(c -> store.stream(c, "letter-1"));
        assertThat(stream).extracting(StoredEvent::streamVersion).containsExactly(1L, 2L);
        assertThat(stream).extracting(StoredEvent::eventId).containsExactly(source.id(), text.id());
        assertThat(stream.get(0).previousHash()).isNull();
        assertThat(stream.get(1).previousHash()).isEqualTo(stream.get(0).eventHash());
        assertThat(stream.get(1).toEnvelope(codec)).isEqualTo(text);
        assertThat(HashChain.verify(stream).valid()).isTrue();
    }

    @Test
    void theSameEventIdAgainChangesNothing() {
        Envelope<SourceReceived> source = pipeline.source("letter-2", "A letter.");
        database.transaction(c -> store.append(c, "letter-2", 0, List.of(source)));

        List<StoredEvent> again = database.transaction(c -> store.append(c, "letter-2", 1, List.of(source)));

        assertThat(again).isEmpty();
        assertThat(stream("letter-2")).hasSize(1);
    }

    @Test
    void aStaleExpectedVersionIsAConflict() {
        Envelope<SourceReceived> source = pipeline.source("letter-3", "A letter.");
        database.transaction(c -> store.append(c, "letter-3", 0, List.of(source)));

        Envelope<TextExtracted> text = pipeline.extracted(source);
        assertThatThrownBy(() -> database.transaction(c -> store.append(c, "letter-3", 0, List.of(text))))
                .isInstanceOf(ConcurrencyConflict.class)
                .hasMessageContaining("version 1, not the expected 0");
        assertThat(stream("letter-3")).hasSize(1);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnEvent() {
        Envelope<SourceReceived> source = pipeline.source("letter-4", "A letter.");
        database.transaction(c -> store.append(c, "letter-4", 0, List.of(source)));

        assertThatThrownBy(() -> database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("UPDATE events SET data = '{}' WHERE document_id = 'letter-4'");
            }
        })).isInstanceOf(StoreException.class).hasMessageContaining("events are immutable: UPDATE is not allowed");
        assertThatThrownBy(() -> database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM events");
            }
        })).isInstanceOf(StoreException.class).hasMessageContaining("events are immutable: DELETE is not allowed");

        List<StoredEvent> stream = database.read(c -> store.stream(c, "letter-4"));
        assertThat(stream).hasSize(1);
        assertThat(HashChain.verify(stream).valid()).isTrue();
    }

    @Test
    void theHashChainNamesAnAlteredEvent() {
        Envelope<SourceReceived> source = pipeline.source("letter-5", "The original text.");
        Envelope<TextExtracted> text = pipeline.extracted(source);
        database.transaction(c -> store.append(c, "letter-5", 0, List.of(source, text)));

        // Someone with file access removes the guard and rewrites history.
        database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER events_no_update");
                return s.executeUpdate("UPDATE events SET data = replace(data, 'original', 'forged') "
                        + "WHERE document_id = 'letter-5' AND stream_version = 2");
            }
        });

        ChainCheck check = HashChain.verify(database.read(c -> store.stream(c, "letter-5")));
        assertThat(check.valid()).isFalse();
        assertThat(check.brokenAt()).isEqualTo(2L);
        assertThat(check.eventId()).isEqualTo(text.id());
        assertThat(check.problem()).contains(text.id(), "does not match its eventHash");
    }
}
