package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.events.EventCodec;
import org.annals.events.Envelope;
import org.annals.events.SourceReceived;
import org.annals.events.TextExtracted;
import org.annals.events.TopicNames;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.testkit.TestBroker;
import org.annals.testkit.WithKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What an archivist finds through the query API: filters, paging, errors, original bytes. */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryApiTest {

    private static final byte[] HTML = "<html><head><title>Report</title></head><body><p>Annual report of the archive, 1925.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    private RunningStoreService store;

    @BeforeAll
    void record(TopicNames topics, @TempDir Path dataDir) {
        store = new RunningStoreService(topics, dataDir);
        Pipeline pipeline = new Pipeline(dataDir);
        try (EventPublisher publisher = new EventPublisher(new KafkaSettings(TestBroker.bootstrapServers(), "test-pipeline"),
                new EventCodec(), topics)) {
            publish(publisher, pipeline, pipeline.source("kollontai-letter", "letters", "kollontai.txt",
                            bytes("Moscow, 16 March 1921. Alexandra Kollontai writes about the workers' opposition."),
                            Map.of("title", "Letter on the opposition")),
                    List.of("Alexandra Kollontai"), Map.of("16 March 1921", "1921-03-16"), "text/plain");
            publish(publisher, pipeline, pipeline.source("zetkin-note", "letters", "zetkin.txt",
                            bytes("Berlin, spring 1919. Clara Zetkin answers the letter."), Map.of()),
                    List.of("Clara Zetkin"), Map.of("spring 1919", "1919-21"), "text/plain");
            publish(publisher, pipeline, pipeline.source("minutes-1920s", "minutes", "minutes.txt",
                            bytes("Minutes of the nineteen-twenties (192X), with no names."), Map.of()),
                    List.of(), Map.of("192X", "192X"), "text/plain");
            publish(publisher, pipeline, pipeline.source("annual-report", "reports", "Report \"final\"/../ä.html", HTML,
                            Map.of()),
                    List.of(), Map.of("1925", "1925"), "text/html");
        }
        store.awaitCaughtUp(topics);
    }

    @AfterAll
    void stop() {
        store.close();
    }

    @Test
    void documentsAreFilteredByCollection() {
        assertThat(ids("/api/documents?collection=letters")).containsExactlyInAnyOrder("kollontai-letter", "zetkin-note");
        assertThat(ids("/api/documents?collection=nowhere")).isEmpty();
        assertThat(ids("/api/documents")).hasSize(4);
    }

    @Test
    void fullTextSearchFindsWordsAndNeverFailsOnSyntax() {
        assertThat(ids("/api/documents?q=" + encode("workers opposition"))).containsExactly("kollontai-letter");
        assertThat(ids("/api/documents?q=" + encode("letter"))).containsExactlyInAnyOrder("zetkin-note");
        assertThat(ids("/api/documents?q=" + encode("opposition\" OR (zetkin*"))).isEmpty();
        assertThat(store.get("/api/documents?q=" + encode("AND ( \"")).status()).isEqualTo(200);
    }

    @Test
    void personsMatchTheirTagsWhateverTheCase() {
        assertThat(ids("/api/documents?person=kollontai")).containsExactly("kollontai-letter");
        assertThat(ids("/api/documents?person=CLARA%20ZETKIN")).containsExactly("zetkin-note");
        assertThat(ids("/api/documents?person=Lenin")).isEmpty();
    }

    @Test
    void datesMatchWhenTheirIntervalsOverlap() {
        assertThat(ids("/api/documents?dateFrom=1921-01-01&dateTo=1921-12-31"))
                .containsExactlyInAnyOrder("kollontai-letter", "minutes-1920s");
        assertThat(ids("/api/documents?dateTo=1919")).containsExactly("zetkin-note");
        assertThat(ids("/api/documents?dateFrom=1919-04&dateTo=1919-04")).containsExactly("zetkin-note");
        assertThat(ids("/api/documents?dateFrom=1926")).containsExactly("minutes-1920s");
        JsonNode bad = store.get("/api/documents?dateFrom=yesterday").json();
        assertThat(bad.path("status").asInt()).isEqualTo(400);
        assertThat(bad.path("detail").asText()).contains("dateFrom", "yesterday");
    }

    @Test
    void pagesCoverEveryDocumentOnce() {
        JsonNode first = store.json("/api/documents?size=3&page=1");
        JsonNode second = store.json("/api/documents?size=3&page=2");
        assertThat(first.path("total").asLong()).isEqualTo(4);
        assertThat(first.path("totalPages").asLong()).isEqualTo(2);
        List<String> all = new ArrayList<>(ids(first));
        all.addAll(ids(second));
        assertThat(all).hasSize(4).doesNotHaveDuplicates();
        assertThat(store.get("/api/documents?size=0").status()).isEqualTo(400);
    }

    @Test
    void aDocumentListsItsEditionsAndAnEditionItsTextAndTags() {
        JsonNode document = store.json("/api/documents/kollontai-letter");
        assertThat(document.path("title").asText()).isEqualTo("Letter on the opposition");
        assertThat(document.path("editions").get(0).path("status").asText()).isEqualTo("RECORDED");
        assertThat(document.path("editions").get(0).path("enrichmentRevision").asInt()).isEqualTo(1);
        JsonNode edition = store.json("/api/documents/kollontai-letter/editions/1");
        assertThat(edition.path("text").asText()).startsWith("Moscow, 16 March 1921.");
        assertThat(edition.path("tags").findValuesAsText("value")).containsExactly("1921-03-16", "Alexandra Kollontai");
        assertThat(edition.path("collection").asText()).isEqualTo("letters");
    }

    @Test
    void unknownDocumentsAndEditionsAreProblemsWithASentence() {
        for (String path : List.of("/api/documents/no-such-letter", "/api/documents/no-such-letter/events",
                "/api/documents/no-such-letter/editions/1", "/api/documents/no-such-letter/editions/1/source")) {
            RunningStoreService.Response response = store.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asText()).as(path).contains("no-such-letter");
        }
        RunningStoreService.Response missingEdition = store.get("/api/documents/zetkin-note/editions/7");
        assertThat(missingEdition.status()).isEqualTo(404);
        assertThat(missingEdition.json().path("detail").asText()).isEqualTo("Document 'zetkin-note' has no edition 7.");
        assertThat(store.get("/api/documents/zetkin-note/editions/first").status()).isEqualTo(400);
    }

    @Test
    void theOriginalBytesComeBackWithTheirTypeAndASafeName() {
        RunningStoreService.Response source = store.get("/api/documents/annual-report/editions/1/source");
        assertThat(source.status()).isEqualTo(200);
        assertThat(source.bytes()).isEqualTo(HTML);
        assertThat(source.contentType()).startsWith("text/html");
        assertThat(source.header("Content-Disposition")).isEqualTo("inline; filename=\"_.html\"");
    }

    @Test
    void healthReportsTheRecordingConsumerAndMetricsAreExported() {
        RunningStoreService.Response health = store.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.body()).contains("recording", "RUNNING");
        assertThat(store.get("/prometheus").body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void rebuiltProjectionsAnswerExactlyAsBefore() {
        List<String> paths = List.of("/api/documents", "/api/documents?collection=letters",
                "/api/documents?q=opposition", "/api/documents?person=zetkin", "/api/documents?dateFrom=1925",
                "/api/documents/kollontai-letter", "/api/documents/kollontai-letter/editions/1",
                "/api/documents/annual-report/editions/1", "/api/documents/minutes-1920s/events");
        List<String> before = paths.stream().map(p -> store.get(p).body()).toList();

        JsonNode job = store.runJob("/api/admin/replays", "{\"mode\": \"projections\"}");

        assertThat(job.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.path("message").asText()).startsWith("Rebuilt the projections of 4 documents");
        assertThat(paths.stream().map(p -> store.get(p).body()).toList()).isEqualTo(before);
    }

    /** As ingest and enrich would: the source, its text (read from the blob unless given), its tags. */
    private static void publish(EventPublisher publisher, Pipeline pipeline, Envelope<SourceReceived> source,
                                List<String> persons, Map<String, String> dates, String mediaType) {
        Envelope<TextExtracted> extracted = mediaType.equals("text/html")
                ? pipeline.extracted(source, "Annual report of the archive, 1925.", mediaType)
                : pipeline.extracted(source);
        publisher.publish(source);
        publisher.publish(extracted);
        publisher.publish(pipeline.enriched(extracted, "1.0", persons, dates));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> ids(String path) {
        return ids(store.json(path));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("documentId").asText()));
        return ids;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
