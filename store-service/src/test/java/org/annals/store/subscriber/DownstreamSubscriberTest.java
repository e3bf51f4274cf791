package org.annals.store.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.annals.events.EventCodec;
import org.annals.events.EventType;
import org.annals.events.Envelope;
import org.annals.events.SourceReceived;
import org.annals.events.TextExtracted;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.store.Pipeline;
import org.annals.store.RunningStoreService;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TopicReader;
import org.annals.testkit.WithKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A downstream service, {@link Subscriber}, reads what the running store recorded on
 * {@code annals.editions}: from the beginning in its own consumer group, and from a timestamp.
 * Two batches are recorded; the timestamp falls between them.
 */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownstreamSubscriberTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** documentId, edition, enrichmentRevision: what a subscriber should see of one record. */
    record Recorded(String documentId, int edition, int enrichmentRevision) {
        static Recorded of(Subscriber.Edition edition) {
            return new Recorded(edition.documentId(), edition.edition(), edition.enrichmentRevision());
        }
    }

    private TopicNames topics;
    private RunningStoreService store;
    private EventPublisher publisher;
    private TopicReader editions;
    private Pipeline pipeline;

    private final List<Recorded> firstBatch = List.of(
            new Recorded("letter-a", 1, 1), new Recorded("letter-b", 1, 1));
    private final List<Recorded> secondBatch = List.of(
            new Recorded("letter-a", 2, 1), new Recorded("letter-b", 1, 2), new Recorded("letter-c", 1, 1));
    /** The first record time at which a subscriber sees only the second batch. */
    private long betweenBatches;

    @BeforeAll
    void recordTwoBatches(TopicNames topics, @TempDir Path dataDir) {
        this.topics = topics;
        this.store = new RunningStoreService(topics, dataDir);
        this.publisher = new EventPublisher(new KafkaSettings(TestBroker.bootstrapServers(), "test-pipeline"),
                new EventCodec(), topics);
        this.editions = new TopicReader(topics, Topic.EDITIONS);
        this.pipeline = new Pipeline(dataDir);

        recordEdition("letter-a", "Moscow, 16 March 1921. A first letter.");
        Envelope<TextExtracted> letterB = recordEdition("letter-b", "Petrograd, 1921. Minutes of a meeting.");
        long lastOfFirstBatch = firstBatch.stream().mapToLong(r -> awaitRecorded(r).timestamp()).max().orElseThrow();
        betweenBatches = lastOfFirstBatch + 1;
        // The store stamps records with its clock (same JVM): wait until it is past the boundary, so no
        // second-batch record can share the first batch's last millisecond.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(1)).until(() -> System.currentTimeMillis() > betweenBatches);

        recordEdition("letter-a", "Moscow, 16 March 1921. A first letter, corrected.");
        publisher.publish(pipeline.enriched(letterB, "2.0", List.of(), Map.of("1921", "1921")));
        recordEdition("letter-c", "Kyiv, 1922. A circular.");
        secondBatch.forEach(this::awaitRecorded);
        store.awaitCaughtUp(topics);
    }

    @AfterAll
    void stop() {
        editions.close();
        publisher.close();
        store.close();
    }

    @Test
    void fromTheBeginningASubscriberSeesEveryRecordedEditionOnceInOrderPerDocument() {
        List<Subscriber.Edition> seen;
        try (Subscriber subscriber = Subscriber.fromTheBeginning(TestBroker.bootstrapServers(),
                topics.name(Topic.EDITIONS), "downstream-" + UUID.randomUUID())) {
            seen = subscriber.readToEnd(WAIT);
        }

        List<Recorded> everything = new ArrayList<>(firstBatch);
        everything.addAll(secondBatch);
        assertThat(seen).extracting(Recorded::of).containsExactlyInAnyOrderElementsOf(everything);
        assertEditionRecords(seen);
        assertInOrderPerDocument(seen);
    }

    @Test
    void fromATimestampASubscriberSeesOnlyWhatWasRecordedSince() {
        List<Subscriber.Edition> seen;
        try (Subscriber subscriber = Subscriber.fromTimestamp(TestBroker.bootstrapServers(),
                topics.name(Topic.EDITIONS), betweenBatches)) {
            seen = subscriber.readToEnd(WAIT);
        }

        assertThat(seen).extracting(Recorded::of).containsExactlyInAnyOrderElementsOf(secondBatch);
        assertEditionRecords(seen);
        assertInOrderPerDocument(seen);
    }

    @Test
    void theSubscriberNeedsNothingButKafkaClientsAndJackson() throws IOException {
        Path source = Path.of(System.getProperty("basedir", "."))
                .resolve("src/test/java/org/annals/store/subscriber/Subscriber.java");
        List<String> lines = Files.readAllLines(source);

        assertThat(lines).filteredOn(line -> line.startsWith("import ")).isNotEmpty().allSatisfy(line ->
                assertThat(line).matches("import (static )?(org\\.apache\\.kafka|com\\.fasterxml\\.jackson|java)\\..*"));
        assertThat(lines).filteredOn(line -> !line.startsWith("package ")).noneMatch(line -> line.contains("org.annals"));
    }

    private static void assertEditionRecords(List<Subscriber.Edition> seen) {
        assertThat(seen).allSatisfy(edition -> {
            assertThat(edition.type()).isEqualTo(EventType.EDITION_RECORDED.ceType());
            assertThat(edition.key()).isEqualTo(edition.documentId());
        });
    }

    /** Within one document, editions and their revisions arrive in the order they were recorded. */
    private static void assertInOrderPerDocument(List<Subscriber.Edition> seen) {
        Map<String, List<Recorded>> perDocument = new LinkedHashMap<>();
        seen.forEach(e -> perDocument.computeIfAbsent(e.documentId(), id -> new ArrayList<>()).add(Recorded.of(e)));
        perDocument.forEach((documentId, recorded) -> assertThat(recorded).as(documentId)
                .isSortedAccordingTo(Comparator.comparingInt(Recorded::edition)
                        .thenComparingInt(Recorded::enrichmentRevision)));
    }

    private Envelope<TextExtracted> recordEdition(String documentId, String text) {
        Envelope<SourceReceived> source = pipeline.source(documentId, text);
        Envelope<TextExtracted> extracted = pipeline.extracted(source);
        publisher.publish(source);
        publisher.publish(extracted);
        publisher.publish(pipeline.enriched(extracted, "1.0"));
        return extracted;
    }

    private ConsumerRecord<String, byte[]> awaitRecorded(Recorded expected) {
        return editions.awaitMatching(record -> {
            try {
                JsonNode data = JSON.readTree(record.value());
                return expected.equals(new Recorded(data.path("documentId").asText(), data.path("edition").asInt(),
                        data.path("enrichmentRevision").asInt()));
            } catch (IOException e) {
                return false;
            }
        }, WAIT);
    }
}
