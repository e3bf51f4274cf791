package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.testkit.Tesseract;
import org.annals.testkit.Corpus;
import org.annals.testkit.ScanOptions;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the ingest service with sources still queued loses none of them. */
class RestartTest {

    private static final int SOURCES = 6;

    @TempDir
    Path data;

    @Test
    void queuedSourcesAreExtractedAfterARestart() {
        Tesseract.assumeInstalled();
        TopicNames topics = TestBroker.freshTopics();
        Set<String> ingests = new HashSet<>();
        int extractedBeforeStop;

        try (RunningIngestService first = new RunningIngestService(topics, data)) {
            for (int i = 0; i < SOURCES; i++) {
                // Scans are slow to read (OCR), so most are still queued when the service stops.
                byte[] scan = Corpus.scanPng("Page " + i + ". " + Corpus.ARCHIVAL_TEXT, ScanOptions.CLEAN);
                var r = first.upload("page-" + i + ".png", scan, Map.of("documentId", "queued-" + i));
                assertThat(r.status()).isEqualTo(202);
                ingests.add(r.text("ingestId"));
            }
            try (TopicReader extracted = new TopicReader(topics, Topic.EXTRACTED)) {
                extractedBeforeStop = extracted.readAll(Duration.ofMillis(200)).size();
            }
        }
        assertThat(extractedBeforeStop).as("the test needs work still queued at the stop").isLessThan(SOURCES);

        try (RunningIngestService second = new RunningIngestService(topics, data);
             TopicReader extracted = new TopicReader(topics, Topic.EXTRACTED)) {
            Map<String, String> eventIdByIngest = new HashMap<>();
            org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : extracted.readAll(Duration.ofMillis(500))) {
                    String ingest = header(r, "ce_ingestid");
                    String id = header(r, "ce_id");
                    String earlier = eventIdByIngest.putIfAbsent(ingest, id);
                    // A source redelivered after the stop is extracted again under the same event id.
                    assertThat(earlier == null || earlier.equals(id)).as("same id on redelivery").isTrue();
                }
                return eventIdByIngest.keySet().containsAll(ingests);
            });
            assertThat(eventIdByIngest.keySet()).containsExactlyInAnyOrderElementsOf(ingests);
            for (String ingest : ingests) {
                org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                        assertThat(second.get("/api/ingests/" + ingest).text("status")).isEqualTo("EXTRACTED"));
            }
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }

}
