package org.annals.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.events.TopicNames;
import org.annals.local.ServiceProcess;
import org.annals.testkit.Corpus;
import org.annals.testkit.PackagedServices;
import org.annals.testkit.ScanOptions;
import org.annals.testkit.Tesseract;
import org.annals.testkit.TestBroker;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline as an archivist meets it: the packaged ingest, enrich and store services, each
 * its own OS process, on the test broker. Uploads in three formats reach RECORDED with their
 * tags; a changed upload becomes edition 2 and edition 1 stays as it was; the same bytes
 * again create nothing; the history is complete and its hash chain verifies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineEndToEndTest {

    private static final Duration WAIT = Duration.ofMinutes(3);

    @TempDir
    static Path data;

    private final List<ServiceProcess> services = new ArrayList<>();
    private final Http http = new Http();
    private String ingest;
    private String store;

    @BeforeAll
    void startThePipeline() {
        Tesseract.assumeInstalled();
        TopicNames topics = TestBroker.freshTopics();
        for (String name : List.of("ingest", "enrich", "store")) {
            services.add(PackagedServices.start(name, topics, data, Map.of()));
        }
        ingest = services.get(0).spec().url();
        store = services.get(2).spec().url();
    }

    @AfterAll
    void stopThePipeline() {
        services.forEach(ServiceProcess::stop);
    }

    @Test
    void uploadsBecomeRecordedEditionsWithTheirHistory() {
        String text = Corpus.ARCHIVAL_TEXT;
        Map<String, byte[]> formats = Map.of(
                "folder-html", Corpus.html("Petrograd district committee", text),
                "folder-pdf", Corpus.pdf(text),
                "folder-scan", Corpus.scanPng(text, ScanOptions.CLEAN));
        Map<String, String> filenames = Map.of("folder-html", "folder.html", "folder-pdf", "folder.pdf",
                "folder-scan", "folder.png");
        Map<String, String> ingests = new java.util.HashMap<>();
        formats.forEach((documentId, bytes) -> {
            Http.Response r = http.upload(ingest + "/api/documents", filenames.get(documentId), bytes,
                    Map.of("documentId", documentId, "collection", "petrograd", "referenceDate", "1921-04-02"));
            assertThat(r.status()).as(documentId).isEqualTo(202);
            ingests.put(documentId, r.json().path("ingestId").asText());
        });

        for (var e : ingests.entrySet()) {
            awaitStatus(e.getValue(), "RECORDED", 1);
            JsonNode edition = http.get(store + "/api/documents/" + e.getKey() + "/editions/1").json();
            assertThat(edition.path("text").asText()).as(e.getKey()).contains("Kollontai");
            JsonNode tags = edition.path("tags");
            assertThat(tags).as(e.getKey() + " DATE").anySatisfy(t -> {
                assertThat(t.path("type").asText()).isEqualTo("DATE");
                assertThat(t.path("value").asText()).isEqualTo("1921-03-16");
            });
            assertThat(tags).as(e.getKey() + " PERSON").anySatisfy(t -> {
                assertThat(t.path("type").asText()).isEqualTo("PERSON");
                assertThat(t.path("value").asText()).isEqualTo("Alexandra Kollontai");
            });
            assertThat(tags).as(e.getKey() + " CITATION").anySatisfy(t -> {
                assertThat(t.path("type").asText()).isEqualTo("CITATION");
                assertThat(t.path("citation").path("author").asText()).isEqualTo("Lenin");
            });
        }

        // A changed upload under the same documentId becomes edition 2; edition 1 stays as it was.
        byte[] editionOne = http.get(store + "/api/documents/folder-html/editions/1").bytes();
        String revised = text + "\nA note added in 1923 records that the folder was rebound.\n";
        Http.Response second = http.upload(ingest + "/api/documents", "folder.html",
                Corpus.html("Petrograd district committee", revised), Map.of("documentId", "folder-html",
                        "collection", "petrograd"));
        assertThat(second.status()).isEqualTo(202);
        awaitStatus(second.json().path("ingestId").asText(), "RECORDED", 2);
        assertThat(http.get(store + "/api/documents/folder-html/editions/1").bytes()).isEqualTo(editionOne);
        assertThat(http.get(store + "/api/documents/folder-html/editions/2").json().path("text").asText())
                .contains("rebound");

        // The same bytes again create nothing.
        Http.Response again = http.upload(ingest + "/api/documents", "folder.html",
                Corpus.html("Petrograd district committee", revised), Map.of("documentId", "folder-html"));
        assertThat(again.status()).isEqualTo(200);
        JsonNode document = http.get(store + "/api/documents/folder-html").json();
        assertThat(document.path("editions").size()).isEqualTo(2);

        // The history is complete, in order, and its hash chain verifies.
        JsonNode history = http.get(store + "/api/documents/folder-html/events").json();
        assertThat(history.path("chainValid").asBoolean()).isTrue();
        List<String> types = new ArrayList<>();
        history.path("events").forEach(ev -> types.add(ev.path("type").asText()));
        assertThat(types).containsSubsequence(
                "annals.source.received.v1", "annals.text.extracted.v1", "annals.text.enriched.v1",
                "annals.edition.recorded.v1",
                "annals.source.received.v1", "annals.text.extracted.v1", "annals.text.enriched.v1",
                "annals.edition.recorded.v1");
        String previous = null;
        for (JsonNode ev : history.path("events")) {
            if (previous != null) {
                assertThat(ev.path("previousHash").asText()).isEqualTo(previous);
            }
            previous = ev.path("eventHash").asText();
        }
    }

    private void awaitStatus(String ingestId, String status, int edition) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode r = http.get(ingest + "/api/ingests/" + ingestId).json();
            assertThat(r.path("status").asText()).as(r.toString()).isEqualTo(status);
            assertThat(r.path("edition").asInt()).isEqualTo(edition);
        });
    }
}
