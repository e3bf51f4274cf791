package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.annals.events.CloudEventHeaders;
import org.annals.events.EventCodec;
import org.annals.events.EventType;
import org.annals.events.Envelope;
import org.annals.events.SourceReceived;
import org.annals.events.TextEnriched;
import org.annals.events.TextExtracted;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.DeadLetters;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TopicReader;
import org.annals.testkit.WithKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The store through the real broker: what ingest and enrich publish becomes editions a user can read. */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String LETTER = "Moscow, 16 March 1921. Dear comrade, Alexandra Kollontai spoke today.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path dataDir;
    private TopicNames topics;
    private RunningStoreService store;
    private EventPublisher publisher;
    private TopicReader editions;
    private Pipeline pipeline;

    @BeforeAll
    void start(TopicNames topics, @TempDir Path dataDir) {
        this.topics = topics;
        this.dataDir = dataDir;
        this.store = new RunningStoreService(topics, dataDir);
        this.publisher = new EventPublisher(new KafkaSettings(TestBroker.bootstrapServers(), "test-pipeline"),
                new EventCodec(), topics);
        this.editions = new TopicReader(topics, Topic.EDITIONS);
        this.pipeline = new Pipeline(dataDir);
    }

    @AfterAll
    void stop() {
        editions.close();
        publisher.close();
        store.close();
    }

    @Test
    void anEditionIsRecordedOnceItHasTextAndTagsAndRepeatsChangeNothing() throws Exception {
        Envelope<SourceReceived> source = pipeline.source("letter-1921", LETTER);
        Envelope<TextExtracted> text = pipeline.extracted(source);
        Envelope<TextEnriched> tags = pipeline.enriched(text, "1.0", List.of("Alexandra Kollontai"),
                Map.of("16 March 1921", "1921-03-16"));
        publisher.publish(source);
        publisher.publish(text);
        publisher.publish(tags);

        ConsumerRecord<String, byte[]> recorded = editions.awaitMatching(r -> "letter-1921".equals(r.key()), WAIT);
        assertThat(TopicReader.header(recorded, CloudEventHeaders.TYPE)).isEqualTo(EventType.EDITION_RECORDED.ceType());
        assertThat(TopicReader.header(recorded, CloudEventHeaders.SOURCE)).isEqualTo("/annals/store-service");
        assertThat(TopicReader.header(recorded, CloudEventHeaders.CAUSATION_ID)).isEqualTo(tags.id());
        JsonNode data = JSON.readTree(recorded.value());
        assertThat(data.path("edition").asInt()).isEqualTo(1);
        assertThat(data.path("enrichmentRevision").asInt()).isEqualTo(1);
        assertThat(data.path("textSha256").asText()).isEqualTo(text.data().textSha256());

        JsonNode edition = store.json("/api/documents/letter-1921/editions/1");
        assertThat(edition.path("text").asText()).isEqualTo(LETTER);
        assertThat(edition.path("status").asText()).isEqualTo("RECORDED");
        assertThat(edition.path("tags")).extracting(t -> t.path("type").asText() + ":" + t.path("value").asText())
                .containsExactly("DATE:1921-03-16", "PERSON:Alexandra Kollontai");

        JsonNode history = store.json("/api/documents/letter-1921/events");
        assertThat(history.path("chainValid").asBoolean()).isTrue();
        assertThat(history.path("events")).extracting(e -> e.path("type").asText()).containsExactly(
                EventType.SOURCE_RECEIVED.ceType(), EventType.TEXT_EXTRACTED.ceType(),
                EventType.TEXT_ENRICHED.ceType(), EventType.EDITION_RECORDED.ceType());
        // The record points at the stream event that completed the edition.
        assertThat(data.path("eventHash").asText()).isEqualTo(history.path("events").get(2).path("eventHash").asText());
        assertThat(data.path("previousEventHash").asText()).isEqualTo(history.path("events").get(1).path("eventHash").asText());

        // Redelivery: the same three events again.
        publisher.publish(source);
        publisher.publish(text);
        publisher.publish(tags);
        store.awaitCaughtUp(topics);

        assertThat(store.json("/api/documents/letter-1921/events").path("events")).hasSize(4);
        assertThat(editions.readAll(Duration.ofSeconds(2))).filteredOn(r -> "letter-1921".equals(r.key())).hasSize(1);
        assertThat(store.json("/api/documents/letter-1921").path("editions")).hasSize(1);
    }

    @Test
    void aNewSourceOpensTheNextEditionAndEarlierEditionsStayAsTheyWere() {
        Envelope<SourceReceived> first = pipeline.source("minutes-7", "Minutes of the seventh meeting, 1919.");
        Envelope<TextExtracted> firstText = pipeline.extracted(first);
        publisher.publish(first);
        publisher.publish(firstText);
        publisher.publish(pipeline.enriched(firstText, "1.0", List.of(), Map.of("1919", "1919")));
        awaitRecord("minutes-7", 1, 1);
        byte[] editionOne = store.get("/api/documents/minutes-7/editions/1").bytes();

        Envelope<SourceReceived> second = pipeline.source("minutes-7", "Minutes of the seventh meeting, 1919, corrected.");
        Envelope<TextExtracted> secondText = pipeline.extracted(second);
        publisher.publish(second);
        publisher.publish(secondText);
        publisher.publish(pipeline.enriched(secondText, "1.0", List.of(), Map.of("1919", "1919")));
        awaitRecord("minutes-7", 2, 1);

        assertThat(store.get("/api/documents/minutes-7/editions/1").bytes()).isEqualTo(editionOne);
        assertThat(store.json("/api/documents/minutes-7/editions/2").path("text").asText()).endsWith("corrected.");

        // The enricher gets better: the edition stays 2, its revision goes up.
        publisher.publish(pipeline.enriched(secondText, "2.0", List.of(), Map.of("1919", "1919", "seventh", "X")));
        awaitRecord("minutes-7", 2, 2);
        JsonNode revised = store.json("/api/documents/minutes-7/editions/2");
        assertThat(revised.path("enrichmentRevision").asInt()).isEqualTo(2);
        assertThat(revised.path("enricher").path("version").asText()).isEqualTo("2.0");
        assertThat(store.get("/api/documents/minutes-7/editions/1").bytes()).isEqualTo(editionOne);

        // The first bytes uploaded again open nothing.
        Envelope<SourceReceived> again = pipeline.source("minutes-7", "Minutes of the seventh meeting, 1919.");
        publisher.publish(again);
        store.awaitCaughtUp(topics);
        JsonNode document = store.json("/api/documents/minutes-7");
        assertThat(document.path("editions")).extracting(e -> e.path("edition").asInt()).containsExactly(1, 2);
        assertThat(document.path("latestEdition").asInt()).isEqualTo(2);
        assertThat(store.json("/api/documents/minutes-7/events").path("chainValid").asBoolean()).isTrue();
    }

    @Test
    void aFailedExtractionShowsInTheHistoryAndBlocksNoOtherDocument() {
        Envelope<SourceReceived> broken = pipeline.source("scan-broken", "unreadable");
        publisher.publish(broken);
        publisher.publish(pipeline.failed(broken, "The PDF is encrypted; upload a copy without a password."));
        Envelope<SourceReceived> fine = pipeline.source("scan-fine", "A readable page.");
        Envelope<TextExtracted> fineText = pipeline.extracted(fine);
        publisher.publish(fine);
        publisher.publish(fineText);
        publisher.publish(pipeline.enriched(fineText, "1.0"));

        awaitRecord("scan-fine", 1, 1);
        await().atMost(WAIT).until(() -> store.get("/api/documents/scan-broken").status() == 200
                && "FAILED".equals(store.json("/api/documents/scan-broken").path("editions").path(0).path("status").asText()));
        JsonNode edition = store.json("/api/documents/scan-broken").path("editions").path(0);
        assertThat(edition.path("error").asText()).isEqualTo("The PDF is encrypted; upload a copy without a password.");
        assertThat(store.json("/api/documents/scan-broken/events").path("events"))
                .extracting(e -> e.path("type").asText())
                .containsExactly(EventType.SOURCE_RECEIVED.ceType(), EventType.EXTRACTION_FAILED.ceType());
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndRecordingGoesOn() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPECVERSION, "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, EventType.SOURCE_RECEIVED.ceType().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.ID, "poison-1".getBytes(StandardCharsets.UTF_8));
        publisher.send(new ProducerRecord<>(topics.name(Topic.SOURCES), null, "poison", "{not json".getBytes(
                StandardCharsets.UTF_8), headers));
        Envelope<SourceReceived> after = pipeline.source("after-poison", "Still recorded.");
        Envelope<TextExtracted> afterText = pipeline.extracted(after);
        publisher.publish(after);
        publisher.publish(afterText);
        publisher.publish(pipeline.enriched(afterText, "1.0"));

        try (TopicReader deadLetters = new TopicReader(topics, Topic.DEADLETTER)) {
            ConsumerRecord<String, byte[]> dead = deadLetters.awaitMatching(r -> "poison".equals(r.key()), WAIT);
            assertThat(TopicReader.header(dead, DeadLetters.ERROR_CONSUMER)).isEqualTo("annals-store");
            assertThat(TopicReader.header(dead, DeadLetters.ERROR_MESSAGE)).isNotBlank();
        }
        awaitRecord("after-poison", 1, 1);
        assertThat(store.get("/api/documents/poison").status()).isEqualTo(404);
    }

    private JsonNode awaitRecord(String documentId, int edition, int revision) {
        ConsumerRecord<String, byte[]> record = editions.awaitMatching(r -> {
            if (!documentId.equals(r.key())) {
                return false;
            }
            try {
                JsonNode d = JSON.readTree(r.value());
                return d.path("edition").asInt() == edition && d.path("enrichmentRevision").asInt() == revision;
            } catch (java.io.IOException e) {
                return false;
            }
        }, WAIT);
        try {
            return JSON.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
