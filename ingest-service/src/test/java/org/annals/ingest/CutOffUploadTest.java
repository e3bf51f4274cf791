package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.annals.events.EventCodec;
import org.annals.events.SourceReceived;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.ingest.blob.BlobStore;
import org.annals.ingest.blob.StoredBlob;
import org.annals.ingest.upload.IngestLedger;
import org.annals.ingest.upload.IngestRecord;
import org.annals.ingest.upload.IngestStatus;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload the service accepted (blob kept, ingest written) but was killed before Kafka
 * acknowledged its source.received is announced when the service starts again, under the
 * event id it was given, and goes on through extraction: an accepted upload is never lost.
 */
class CutOffUploadTest {

    @TempDir
    Path data;

    @Test
    void anUploadCutOffBeforeKafkaIsAnnouncedOnRestartWithItsOriginalId() throws Exception {
        TopicNames topics = TestBroker.freshTopics();
        // What a service killed between the ledger write and the publish leaves behind.
        byte[] bytes = "Minutes of 16 March 1921, cut off mid-upload.".getBytes(StandardCharsets.UTF_8);
        StoredBlob blob = new BlobStore(data.resolve("blobs")).put(new ByteArrayInputStream(bytes), 1 << 20);
        String ingestId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Instant now = Instant.parse("2026-11-30T08:00:00Z");
        SourceReceived source = new SourceReceived(ingestId, "cut-off", "minutes", "minutes.txt", "text/plain",
                blob.size(), blob.sha256(), blob.uri(), "archivist", now, null, null);
        try (IngestLedger ledger = new IngestLedger(data.resolve("ingest/ingest.db"))) {
            assertThat(ledger.insert(new IngestRecord(ingestId, "cut-off", "minutes", "minutes.txt", blob.sha256(),
                    blob.size(), IngestStatus.RECEIVED, null, null, now, now), new IngestLedger.Announcement(ingestId,
                    eventId, now, new String(new EventCodec().serialize(source), StandardCharsets.UTF_8)))).isTrue();
        }

        try (RunningIngestService ingest = new RunningIngestService(topics, data);
             TopicReader sources = new TopicReader(topics, Topic.SOURCES)) {
            ConsumerRecord<String, byte[]> announced = sources.awaitMatching(r -> r.key().equals("cut-off"),
                    Duration.ofSeconds(60));
            assertThat(TopicReader.header(announced, "ce_id")).isEqualTo(eventId);
            assertThat(TopicReader.header(announced, "ce_ingestid")).isEqualTo(ingestId);
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(ingest.get("/api/ingests/" + ingestId).text("status")).isEqualTo("EXTRACTED"));

            // Announced once: the same bytes again are a duplicate and publish nothing new.
            var again = ingest.upload("minutes.txt", bytes, java.util.Map.of("documentId", "cut-off"));
            assertThat(again.status()).isEqualTo(200);
            assertThat(sources.readAll(Duration.ofSeconds(1))).hasSize(1);
        }
        try (IngestLedger ledger = new IngestLedger(data.resolve("ingest/ingest.db"))) {
            assertThat(ledger.pendingAnnouncements()).isEmpty();
        }
    }
}
