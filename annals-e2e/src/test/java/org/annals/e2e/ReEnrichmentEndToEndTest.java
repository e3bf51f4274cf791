package org.annals.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.local.ServiceProcess;
import org.annals.testkit.Corpus;
import org.annals.testkit.PackagedServices;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator turns on a tagger that was off and replays enrichment: the old edition gains the
 * new tags as enrichment revision 2, keeps its first enrichment in the history, and
 * {@code edition.recorded} is published again with the new revision. A second replay with the
 * same taggers derives the same event ids, which the store drops.
 */
class ReEnrichmentEndToEndTest {

    private static final Duration WAIT = Duration.ofMinutes(3);

    @TempDir
    Path data;

    private final List<ServiceProcess> services = new ArrayList<>();
    private final Http http = new Http();

    @AfterEach
    void stop() {
        services.forEach(ServiceProcess::stop);
    }

    @Test
    void aTaggerTurnedOnAndAnEnrichmentReplayGiveOldEditionsANewRevision() {
        TopicNames topics = TestBroker.freshTopics();
        ServiceProcess ingest = started(PackagedServices.start("ingest", topics, data, Map.of()));
        ServiceProcess enrich = started(PackagedServices.start("enrich", topics, data,
                Map.of("ANNALS_ENRICH_TAGGERS", "dates,persons")));
        ServiceProcess store = started(PackagedServices.start("store", topics, data, Map.of()));
        String storeUrl = store.spec().url();
        String edition = storeUrl + "/api/documents/committee-letter/editions/1";

        Http.Response upload = http.upload(ingest.spec().url() + "/api/documents", "letter.html",
                Corpus.html("Petrograd district committee", Corpus.ARCHIVAL_TEXT),
                Map.of("documentId", "committee-letter", "collection", "petrograd"));
        assertThat(upload.status()).isEqualTo(202);
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get(edition).status() == 200
                        && http.get(edition).json().path("enrichmentRevision").asInt() == 1);
        JsonNode before = http.get(edition).json();
        assertThat(types(before.path("tags"))).contains("DATE", "PERSON").doesNotContain("CITATION");

        // The operator enables the citation tagger and re-enriches the document.
        enrich.stop();
        services.remove(enrich);
        started(PackagedServices.start("enrich", topics, data, Map.of()));
        try (TopicReader editions = new TopicReader(topics, Topic.EDITIONS);
             TopicReader enriched = new TopicReader(topics, Topic.ENRICHED)) {
            JsonNode job = runReplay(storeUrl, "{\"mode\": \"enrichment\", \"documentId\": \"committee-letter\"}");
            assertThat(job.path("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(job.path("done").asLong()).isEqualTo(1);

            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                    .until(() -> http.get(edition).json().path("enrichmentRevision").asInt() == 2);
            JsonNode after = http.get(edition).json();
            assertThat(after.path("text").asText()).isEqualTo(before.path("text").asText());
            assertThat(after.path("tags")).anySatisfy(t -> {
                assertThat(t.path("type").asText()).isEqualTo("CITATION");
                assertThat(t.path("citation").path("author").asText()).isEqualTo("Lenin");
            });
            assertThat(http.get(storeUrl + "/api/documents/committee-letter").json().path("editions")).hasSize(1);

            JsonNode history = http.get(storeUrl + "/api/documents/committee-letter/events").json();
            assertThat(history.path("chainValid").asBoolean()).isTrue();
            List<JsonNode> enrichments = new ArrayList<>();
            history.path("events").forEach(e -> {
                if (e.path("type").asText().equals("annals.text.enriched.v1")) {
                    enrichments.add(e);
                }
            });
            assertThat(enrichments).hasSize(2);
            assertThat(enrichments.get(0).path("data").path("enricher").path("version").asText())
                    .doesNotContain("citations");
            assertThat(enrichments.get(1).path("data").path("enricher").path("version").asText()).contains("citations");

            ConsumerRecord<String, byte[]> recorded = editions.awaitMatching(r -> r.key().equals("committee-letter")
                    && TopicReader.text(r).contains("\"enrichmentRevision\":2"), WAIT);
            assertThat(TopicReader.text(recorded)).contains("\"edition\":1");

            // The same replay again: enrich-service derives the same enrichment id, so nothing is new.
            String revisionTwoId = enrichments.get(1).path("eventId").asText();
            int before2 = enriched.readAll(Duration.ofMillis(500)).size();
            runReplay(storeUrl, "{\"mode\": \"enrichment\", \"documentId\": \"committee-letter\"}");
            List<ConsumerRecord<String, byte[]>> all = enriched.awaitRecords(before2 + 1, WAIT);
            assertThat(TopicReader.header(all.get(all.size() - 1), "ce_id")).isEqualTo(revisionTwoId);
        }
    }

    private ServiceProcess started(ServiceProcess process) {
        services.add(process);
        return process;
    }

    private JsonNode runReplay(String storeUrl, String body) {
        Http.Response started = http.postJson(storeUrl + "/api/admin/replays", body);
        assertThat(started.status()).as(new String(started.bytes())).isEqualTo(202);
        String self = storeUrl + started.json().path("links").path("self").asText();
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> !http.get(self).json().path("state").asText().equals("RUNNING"));
        return http.get(self).json();
    }

    private static List<String> types(JsonNode tags) {
        List<String> types = new ArrayList<>();
        tags.forEach(t -> types.add(t.path("type").asText()));
        return types;
    }
}
