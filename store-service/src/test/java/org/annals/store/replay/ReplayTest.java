package org.annals.store.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.annals.events.EventCodec;
import org.annals.events.Envelope;
import org.annals.events.SourceReceived;
import org.annals.events.TextExtracted;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.store.Pipeline;
import org.annals.store.RunningStoreService;
import org.annals.store.jobs.Jobs;
import org.annals.store.jobs.Progress;
import org.annals.store.projection.ProjectionRebuild;
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
 * The operators' replays against the real store on the test broker: a projection rebuild while
 * queries and recording go on, re-enrichment of a collection, re-publication of a time window,
 * each one idempotent and recorded with who asked.
 */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int LETTERS = 240;

    private TopicNames topics;
    private Path dataDir;
    private RunningStoreService store;
    private EventPublisher publisher;
    private Pipeline pipeline;
    private final Map<String, Envelope<TextExtracted>> texts = new java.util.HashMap<>();

    @BeforeAll
    void recordAnArchive(TopicNames topics, @TempDir Path dataDir) {
        this.topics = topics;
        this.dataDir = dataDir;
        store = new RunningStoreService(topics, dataDir);
        pipeline = new Pipeline(dataDir);
        publisher = new EventPublisher(new KafkaSettings(TestBroker.bootstrapServers(), "test-pipeline"),
                new EventCodec(), topics);
        for (int i = 0; i < LETTERS; i++) {
            record("letter-" + i, "letters", "Letter " + i + " from Alexandra Kollontai, 16 March 1921.");
        }
        for (int i = 0; i < 3; i++) {
            record("minutes-" + i, "minutes", "Minutes " + i + " of the district committee, 1920.");
        }
        store.awaitCaughtUp(topics);
    }

    @AfterAll
    void stop() {
        publisher.close();
        store.close();
    }

    @Test
    void aRebuildKeepsAnsweringFromTheOldProjectionsAndCatchesUpWithWhatArrivesMeanwhile() {
        String listing = "/api/documents?collection=letters&size=5";
        String minutes = "/api/documents?collection=minutes";
        String letter = "/api/documents/letter-7/editions/1";
        String minutesBefore = store.get(minutes).body();
        String letterBefore = store.get(letter).body();
        List<Long> totalsSeenMidway = new ArrayList<>();
        boolean[] arrived = {false};

        // The progress callback runs between the rebuild's transactions: half the new tables are
        // filled, and the consumer is free to record.
        Progress queriesMidway = new Progress() {
            @Override
            public void total(long units) {
            }

            @Override
            public void advance(long units) {
                JsonNode list = store.json(listing);
                totalsSeenMidway.add(list.path("total").asLong());
                assertThat(store.get(minutes).body()).isEqualTo(minutesBefore);
                assertThat(store.get(letter).body()).isEqualTo(letterBefore);
                if (!arrived[0]) {
                    arrived[0] = true;
                    record("letter-late", "letters", "A late letter from Clara Zetkin, spring 1921.");
                    store.awaitCaughtUp(topics);
                }
            }
        };
        ProjectionRebuild.Result result = store.context().getBean(ProjectionRebuild.class).run(queriesMidway);

        assertThat(totalsSeenMidway).hasSizeGreaterThan(2).allMatch(total -> total >= LETTERS);
        assertThat(result.caughtUp()).isGreaterThanOrEqualTo(1);
        assertThat(store.json("/api/documents/letter-late").path("documentId").asText()).isEqualTo("letter-late");
        assertThat(store.json(listing).path("total").asLong()).isEqualTo(LETTERS + 1);
        assertThat(store.get(letter).body()).isEqualTo(letterBefore);
    }

    @Test
    void aProjectionsReplayTwiceAnswersByteForByteTheSameAndIsRecordedWithWhoAsked() {
        List<String> paths = List.of("/api/documents?size=200", "/api/documents?collection=minutes",
                "/api/documents?q=committee", "/api/documents?person=kollontai&size=3",
                "/api/documents?dateFrom=1921-03&dateTo=1921-03&size=3", "/api/documents/minutes-1/editions/1",
                "/api/documents/letter-3");
        List<String> before = paths.stream().map(p -> store.get(p).body()).toList();

        JsonNode first = store.runJob("/api/admin/replays", "{\"mode\": \"projections\"}");
        List<String> afterFirst = paths.stream().map(p -> store.get(p).body()).toList();
        JsonNode second = store.runJob("/api/admin/replays", "{\"mode\": \"projections\"}");

        assertThat(first.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(first.path("done").asLong()).isEqualTo(first.path("total").asLong()).isPositive();
        assertThat(first.path("ratePerSecond").asDouble()).isPositive();
        assertThat(second.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(afterFirst).isEqualTo(before);
        assertThat(paths.stream().map(p -> store.get(p).body()).toList()).isEqualTo(before);

        JsonNode replays = store.json("/api/documents/_replays/events");
        assertThat(replays.path("chainValid").asBoolean()).isTrue();
        assertThat(replays.path("events")).anySatisfy(e -> {
            assertThat(e.path("type").asText()).isEqualTo("annals.replay.requested.v1");
            assertThat(e.path("data").path("replayId").asText()).isEqualTo(first.path("id").asText());
            assertThat(e.path("data").path("requestedBy").asText()).isEqualTo("ops-anna");
            assertThat(e.path("data").path("mode").asText()).isEqualTo("projections");
        });
        try (TopicReader operations = new TopicReader(topics, Topic.OPERATIONS)) {
            operations.awaitMatching(r -> TopicReader.text(r).contains(second.path("id").asText()), WAIT);
        }
    }

    @Test
    void aSecondReplayOfTheSameModeIsRefusedWhileTheFirstRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        var running = store.context().getBean(Jobs.class).start("replay", "enrichment", Map.of(), "test", job -> {
            release.await();
            return "released";
        });
        try {
            RunningStoreService.Response refused = store.post("/api/admin/replays", "{\"mode\": \"enrichment\"}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asText()).contains("already running",
                    "/api/admin/replays/" + running.id());
            assertThat(store.json("/api/admin/replays/" + running.id()).path("state").asText()).isEqualTo("RUNNING");
        } finally {
            release.countDown();
        }
        running.finished().get();
        assertThat(store.json("/api/admin/replays/" + running.id()).path("state").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void badReplayRequestsAreAnsweredWithASentence() {
        Map<String, String> expected = Map.of(
                "{}", "Say which replay to run",
                "{\"mode\": \"rewind\"}", "Unknown replay mode 'rewind'",
                "{\"mode\": \"enrichment\", \"documentId\": \"a\", \"collection\": \"b\"}", "not both",
                "{\"mode\": \"enrichment\", \"documentId\": \"no-such-document\"}", "no document 'no-such-document'",
                "{\"mode\": \"republish\"}", "Say which topic",
                "{\"mode\": \"republish\", \"topic\": \"" + topics.name(Topic.DEADLETTER) + "\"}", "keeps no topic",
                "{\"mode\": \"republish\", \"topic\": \"" + topics.name(Topic.EDITIONS) + "\", \"from\": \"yesterday\"}",
                "RFC 3339",
                "{\"mode\": \"projections\", \"collection\": \"letters\"}", "does not take collection",
                "not json", "not valid JSON");
        expected.forEach((body, sentence) -> {
            RunningStoreService.Response response = store.post("/api/admin/replays", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).as(body).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asText()).as(body).contains(sentence);
        });
        assertThat(store.get("/api/admin/replays/no-such-job").status()).isEqualTo(404);
    }

    @Test
    void reEnrichingACollectionRepublishesItsTextsAndANewTaggerVersionRaisesTheRevision() {
        try (TopicReader extracted = new TopicReader(topics, Topic.EXTRACTED);
             TopicReader editions = new TopicReader(topics, Topic.EDITIONS)) {
            int published = extracted.readAll(Duration.ofMillis(500)).size(); // what the pipeline published first

            JsonNode job = store.runJob("/api/admin/replays", "{\"mode\": \"enrichment\", \"collection\": \"minutes\"}");
            assertThat(job.path("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(job.path("done").asLong()).isEqualTo(3);
            List<ConsumerRecord<String, byte[]>> all = extracted.awaitRecords(published + 3, WAIT);
            List<ConsumerRecord<String, byte[]>> again = all.subList(published, all.size());
            assertThat(again.stream().map(r -> TopicReader.header(r, "ce_id")).collect(Collectors.toSet()))
                    .isEqualTo(Set.of(texts.get("minutes-0").id(), texts.get("minutes-1").id(), texts.get("minutes-2").id()));
            assertThat(extracted.readAll(Duration.ofMillis(500))).hasSize(published + 3);

            // Unchanged taggers derive the same enrichment id: nothing changes.
            String before = store.get("/api/documents/minutes-0/events").body();
            publisher.publish(pipeline.enriched(texts.get("minutes-0"), "1.0", List.of(), Map.of("1920", "1920")));
            store.awaitCaughtUp(topics);
            assertThat(store.get("/api/documents/minutes-0/events").body()).isEqualTo(before);

            // A new tagger version finds more: same edition, revision 2, the old enrichment kept.
            publisher.publish(pipeline.enriched(texts.get("minutes-0"), "2.0", List.of(),
                    Map.of("1920", "1920", "Minutes 0", "1920")));
            store.awaitCaughtUp(topics);
            JsonNode document = store.json("/api/documents/minutes-0");
            JsonNode edition = store.json("/api/documents/minutes-0/editions/1");
            assertThat(document.path("editions")).hasSize(1);
            assertThat(edition.path("enrichmentRevision").asInt()).isEqualTo(2);
            assertThat(edition.path("tags")).hasSize(2);
            assertThat(store.json("/api/documents/minutes-0/events").path("events").findValuesAsText("type")
                    .stream().filter(t -> t.equals("annals.text.enriched.v1"))).hasSize(2);
            ConsumerRecord<String, byte[]> recorded = editions.awaitMatching(r -> r.key().equals("minutes-0")
                    && TopicReader.text(r).contains("\"enrichmentRevision\":2"), WAIT);
            assertThat(TopicReader.text(recorded)).contains("\"edition\":1");
        }
    }

    @Test
    void aLateSubscriberGetsATimeWindowRepublishedToItsOwnTopicWithTheOriginalIds() throws Exception {
        String editionsTopic = topics.name(Topic.EDITIONS);
        Thread.sleep(5); // the window starts strictly after everything recorded so far
        Instant from = Instant.now();
        Thread.sleep(5);
        for (int i = 0; i < 4; i++) {
            record("window-" + i, "window", "Window letter " + i + ", 1922.");
        }
        store.awaitCaughtUp(topics);
        Set<String> inWindow;
        try (TopicReader editions = new TopicReader(topics, Topic.EDITIONS)) {
            inWindow = editions.readAll(Duration.ofSeconds(1)).stream()
                    .filter(r -> r.key().startsWith("window-"))
                    .map(r -> TopicReader.header(r, "ce_id")).collect(Collectors.toSet());
        }
        assertThat(inWindow).hasSize(4);
        String target = topics.prefix() + "late-subscriber";
        String body = "{\"mode\": \"republish\", \"topic\": \"" + editionsTopic + "\", \"from\": \"" + from
                + "\", \"target\": \"" + target + "\"}";

        JsonNode first = store.runJob("/api/admin/replays", body);
        assertThat(first.path("state").asText()).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(first.path("total").asLong()).isEqualTo(4);
        try (TopicReader late = new TopicReader(TestBroker.bootstrapServers(), target)) {
            List<ConsumerRecord<String, byte[]>> got = late.awaitRecords(4, WAIT);
            assertThat(got.stream().map(r -> TopicReader.header(r, "ce_id")).collect(Collectors.toSet()))
                    .isEqualTo(inWindow);
            assertThat(got).allSatisfy(r -> {
                assertThat(TopicReader.header(r, "ce_type")).isEqualTo("annals.edition.recorded.v1");
                assertThat(TopicReader.header(r, "ce_subject")).isEqualTo(r.key());
            });

            JsonNode second = store.runJob("/api/admin/replays", body);
            assertThat(second.path("total").asLong()).isEqualTo(4);
            assertThat(late.awaitRecords(8, WAIT).stream().map(r -> TopicReader.header(r, "ce_id"))
                    .collect(Collectors.toSet())).isEqualTo(inWindow);
        }
    }

    @Test
    void lagIsShownPerConsumerAndTopicAndTheStoresIsZeroOnceCaughtUp() {
        store.awaitCaughtUp(topics);
        // A subscriber that joined and committed its start but has read nothing yet.
        String editionsTopic = topics.name(Topic.EDITIONS);
        java.util.Properties props = new java.util.Properties();
        props.put("bootstrap.servers", TestBroker.bootstrapServers());
        props.put("group.id", topics.prefix() + "late-reader");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(props,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer())) {
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> start =
                    new java.util.HashMap<>();
            consumer.partitionsFor(editionsTopic).forEach(p -> start.put(
                    new org.apache.kafka.common.TopicPartition(editionsTopic, p.partition()),
                    new org.apache.kafka.clients.consumer.OffsetAndMetadata(0)));
            consumer.commitSync(start);
        }

        JsonNode lag = store.json("/api/admin/lag");
        JsonNode storeLag = group(lag, "annals-store (event store)");
        assertThat(storeLag.path("lag").asLong()).isZero();
        assertThat(storeLag.path("topics").findValuesAsText("topic")).containsExactlyInAnyOrder(
                topics.name(Topic.SOURCES), topics.name(Topic.EXTRACTED), topics.name(Topic.ENRICHED));
        JsonNode late = group(lag, topics.prefix() + "late-reader");
        assertThat(late.path("lag").asLong()).isEqualTo(late.path("topics").get(0).path("end").asLong()).isPositive();
        assertThat(late.path("topics").get(0).path("topic").asText()).isEqualTo(editionsTopic);
        assertThat(lag.path("total").asLong()).isGreaterThanOrEqualTo(late.path("lag").asLong());
    }

    private static JsonNode group(JsonNode lag, String name) {
        for (JsonNode g : lag.path("groups")) {
            if (g.path("group").asText().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("No group " + name + " in " + lag);
    }

    private void record(String documentId, String collection, String text) {
        Envelope<SourceReceived> source = pipeline.source(documentId, collection, documentId + ".txt",
                text.getBytes(StandardCharsets.UTF_8), Map.of());
        Envelope<TextExtracted> extracted = pipeline.extracted(source);
        texts.put(documentId, extracted);
        publisher.publish(source);
        publisher.publish(extracted);
        Map<String, String> dates = text.contains("1921") ? Map.of("1921", "1921") : Map.of("1920", "1920");
        publisher.publish(pipeline.enriched(extracted, "1.0", List.of("Alexandra Kollontai", "Clara Zetkin"), dates));
    }
}
