package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.events.EventCodec;
import org.annals.events.Envelope;
import org.annals.events.SourceReceived;
import org.annals.events.TextExtracted;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TopicReader;
import org.annals.testkit.WithKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restarted store carries on from the offsets in its database: nothing missed, nothing twice. */
@WithKafka
class RestartTest {

    @Test
    void aRestartedStoreResumesWhereItStoppedWithoutDuplicates(TopicNames topics, @TempDir Path dataDir) {
        Pipeline pipeline = new Pipeline(dataDir);
        try (EventPublisher publisher = new EventPublisher(new KafkaSettings(TestBroker.bootstrapServers(), "test-pipeline"),
                new EventCodec(), topics);
             TopicReader editions = new TopicReader(topics, Topic.EDITIONS)) {
            try (RunningStoreService store = new RunningStoreService(topics, dataDir)) {
                publishDocument(pipeline, publisher, "before-restart");
                editions.awaitMatching(r -> "before-restart".equals(r.key()), Duration.ofSeconds(60));
                store.awaitCaughtUp(topics);
            }

            // Published while the store is down.
            publishDocument(pipeline, publisher, "during-restart");

            try (RunningStoreService store = new RunningStoreService(topics, dataDir)) {
                editions.awaitMatching(r -> "during-restart".equals(r.key()), Duration.ofSeconds(60));
                store.awaitCaughtUp(topics);

                List<ConsumerRecord<String, byte[]>> recorded = editions.readAll(Duration.ofSeconds(2));
                assertThat(recorded).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("before-restart", "during-restart");
                Set<String> ids = recorded.stream().map(r -> TopicReader.header(r, "ce_id")).collect(Collectors.toSet());
                assertThat(ids).hasSize(2);
                for (String document : List.of("before-restart", "during-restart")) {
                    assertThat(store.json("/api/documents/" + document + "/events").path("events")).hasSize(4);
                    assertThat(store.json("/api/documents/" + document).path("editions")).hasSize(1);
                }
            }
        }
    }

    @Test
    void anEditionStoredButNotYetPublishedIsPublishedWhenTheStoreStarts(TopicNames topics, @TempDir Path dataDir) {
        // A store that committed an edition and died before Kafka acknowledged it leaves it in the outbox.
        EventCodec codec = new EventCodec();
        org.annals.store.events.EventStore events = new org.annals.store.events.EventStore(codec);
        org.annals.store.editions.Recorder recorder = new org.annals.store.editions.Recorder(events,
                new org.annals.store.events.Outbox(), new org.annals.store.projection.Projections(codec), codec);
        Pipeline pipeline = new Pipeline(dataDir);
        Envelope<SourceReceived> source = pipeline.source("crashed-before-publishing", "Stored, not yet sent.");
        Envelope<TextExtracted> text = pipeline.extracted(source);
        String recordedId;
        try (org.annals.store.events.Database database = org.annals.store.events.Database.open(
                new StoreSettings(dataDir).eventStoreFile())) {
            recordedId = database.transaction(c -> {
                recorder.record(c, cast(source));
                recorder.record(c, cast(text));
                return recorder.record(c, cast(pipeline.enriched(text, "1.0"))).get(0).eventId();
            });
        }

        try (TopicReader editions = new TopicReader(topics, Topic.EDITIONS);
             RunningStoreService store = new RunningStoreService(topics, dataDir)) {
            ConsumerRecord<String, byte[]> sent = editions.awaitMatching(
                    r -> "crashed-before-publishing".equals(r.key()), Duration.ofSeconds(60));
            assertThat(TopicReader.header(sent, "ce_id")).isEqualTo(recordedId);
            assertThat(store.json("/api/documents/crashed-before-publishing/editions/1").path("status").asText())
                    .isEqualTo("RECORDED");
        }
    }

    @Test
    void aWriteTheDatabaseRefusesIsRetriedNotSkipped(TopicNames topics, @TempDir Path dataDir) {
        Pipeline pipeline = new Pipeline(dataDir);
        try (EventPublisher publisher = new EventPublisher(new KafkaSettings(TestBroker.bootstrapServers(), "test-pipeline"),
                new EventCodec(), topics);
             TopicReader editions = new TopicReader(topics, Topic.EDITIONS);
             RunningStoreService store = new RunningStoreService(topics, dataDir)) {
            org.annals.store.events.Database database = store.context().getBean(org.annals.store.events.Database.class);
            // The database refuses every write for this document, as a full disk or a lock would.
            database.transaction(c -> {
                try (java.sql.Statement s = c.createStatement()) {
                    return s.executeUpdate("CREATE TRIGGER refuse BEFORE INSERT ON events "
                            + "WHEN NEW.document_id = 'refused-for-a-while' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
                }
            });
            publishDocument(pipeline, publisher, "refused-for-a-while");
            org.awaitility.Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> store.get("/api/documents/refused-for-a-while").status() == 404);

            database.transaction(c -> {
                try (java.sql.Statement s = c.createStatement()) {
                    return s.executeUpdate("DROP TRIGGER refuse");
                }
            });

            editions.awaitMatching(r -> "refused-for-a-while".equals(r.key()), Duration.ofSeconds(60));
            assertThat(store.json("/api/documents/refused-for-a-while/events").path("events")).hasSize(4);
        }
    }

    @SuppressWarnings("unchecked")
    private static Envelope<org.annals.events.EventData> cast(Envelope<?> event) {
        return (Envelope<org.annals.events.EventData>) event;
    }

    private static void publishDocument(Pipeline pipeline, EventPublisher publisher, String documentId) {
        Envelope<SourceReceived> source = pipeline.source(documentId, "The text of " + documentId + ".");
        Envelope<TextExtracted> text = pipeline.extracted(source);
        publisher.publish(source);
        publisher.publish(text);
        publisher.publish(pipeline.enriched(text, "1.0", List.of(), Map.of()));
    }
}
