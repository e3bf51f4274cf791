package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.events.EventCodec;
import org.annals.events.EventData;
import org.annals.events.Envelope;
import org.annals.events.SourceReceived;
import org.annals.events.TextExtracted;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.testkit.Tesseract;
import org.annals.testkit.Corpus;
import org.annals.testkit.ScanOptions;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TextMetrics;
import org.annals.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same archival text in the seven formats archivists upload, through the real service and
 * the real broker: each upload becomes a {@code text.extracted} event whose text matches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadToExtractedTextTest {

    private static final String TEXT = Corpus.ARCHIVAL_TEXT;
    private static final Duration WAIT = Duration.ofSeconds(120);

    private final EventCodec codec = new EventCodec();
    private TopicNames topics;
    private RunningIngestService service;

    @TempDir
    static Path data;

    @BeforeAll
    void start() {
        Tesseract.assumeInstalled();
        topics = TestBroker.freshTopics();
        service = new RunningIngestService(topics, data);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    record Format(String filename, byte[] bytes, String mediaType, boolean scanned) { }

    @Test
    void everyFormatBecomesExtractedTextOnKafka() throws Exception {
        List<Format> formats = List.of(
                new Format("letter.html", Corpus.html("A letter", TEXT), "text/html", false),
                new Format("letter.pdf", Corpus.pdf(TEXT), "application/pdf", false),
                new Format("letter.docx", Corpus.docx(TEXT),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
                new Format("letter.txt", Corpus.plainText(TEXT), "text/plain", false),
                new Format("page.png", Corpus.scanPng(TEXT, ScanOptions.CLEAN), "image/png", true),
                new Format("page.tiff", Corpus.scanTiff(TEXT, ScanOptions.CLEAN), "image/tiff", true),
                new Format("scan.pdf", Corpus.imagePdf(TEXT), "application/pdf", true));

        Map<String, Format> byDocument = new LinkedHashMap<>();
        Map<String, String> ingestOf = new LinkedHashMap<>();
        for (Format f : formats) {
            String documentId = "letter-" + f.filename().replace('.', '-');
            RunningIngestService.Response r = service.upload(f.filename(), f.bytes(),
                    Map.of("documentId", documentId, "collection", "kollontai", "title", "A letter"));
            assertThat(r.status()).as(f.filename() + " " + r.body()).isEqualTo(202);
            assertThat(r.text("status")).isEqualTo("RECEIVED");
            assertThat(r.text("sha256")).hasSize(64);
            assertThat(r.text("receivedAt")).as("ISO-8601").matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            byDocument.put(documentId, f);
            ingestOf.put(documentId, r.text("ingestId"));
            // The blob is durable before the answer.
            Path blob = data.resolve("blobs/sha256").resolve(r.text("sha256").substring(0, 2))
                    .resolve(r.text("sha256").substring(2, 4)).resolve(r.text("sha256"));
            assertThat(Files.readAllBytes(blob)).isEqualTo(f.bytes());
        }

        try (TopicReader sources = new TopicReader(topics, Topic.SOURCES);
             TopicReader extracted = new TopicReader(topics, Topic.EXTRACTED)) {
            List<ConsumerRecord<String, byte[]>> received = awaitFor(sources, byDocument.keySet());
            List<ConsumerRecord<String, byte[]>> results = awaitFor(extracted, byDocument.keySet());

            for (ConsumerRecord<String, byte[]> record : received) {
                assertCloudEventHeaders(record, "annals.source.received.v1");
                SourceReceived source = (SourceReceived) codec.fromRecord(record).data();
                assertThat(source.collection()).isEqualTo("kollontai");
                assertThat(source.metadata()).containsEntry("title", "A letter");
            }
            Map<String, String> sourceEventIds = new LinkedHashMap<>();
            received.forEach(r -> sourceEventIds.put(r.key(), header(r, "ce_id")));

            for (ConsumerRecord<String, byte[]> record : results) {
                assertCloudEventHeaders(record, "annals.text.extracted.v1");
                Envelope<EventData> event = codec.fromRecord(record); // validates against the JSON Schema
                TextExtracted x = (TextExtracted) event.data();
                Format f = byDocument.get(x.documentId());
                assertThat(x.ingestId()).isEqualTo(ingestOf.get(x.documentId()));
                assertThat(event.causationId()).isEqualTo(sourceEventIds.get(x.documentId()));
                assertThat(x.mediaType()).as(f.filename()).isEqualTo(f.mediaType());
                assertThat(x.ocr().used()).as(f.filename()).isEqualTo(f.scanned());
                if (f.scanned()) {
                    assertThat(TextMetrics.characterErrorRate(TEXT, x.text())).as(f.filename()).isLessThan(0.02);
                    assertThat(x.ocr().meanConfidence()).as(f.filename()).isGreaterThan(50.0);
                } else {
                    assertThat(TextMetrics.normaliseWhitespace(x.text())).as(f.filename())
                            .isEqualTo(TextMetrics.normaliseWhitespace(TEXT));
                }
                assertThat(x.textSha256()).isEqualTo(sha256(x.text()));
            }
        }

        // The status follows the pipeline.
        for (String ingestId : ingestOf.values()) {
            org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() ->
                    assertThat(service.get("/api/ingests/" + ingestId).text("status")).isEqualTo("EXTRACTED"));
        }
    }

    @Test
    void theSameBytesAgainAnswerWithTheExistingIngestAndPublishNothing() {
        byte[] bytes = Corpus.plainText("A short note of 3 May 1921.");
        RunningIngestService.Response first = service.upload("note.txt", bytes, Map.of("documentId", "note-1"));
        RunningIngestService.Response again = service.upload("note.txt", bytes, Map.of("documentId", "note-1"));
        RunningIngestService.Response elsewhere = service.upload("note.txt", bytes, Map.of("documentId", "note-2"));

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("ingestId")).isEqualTo(first.text("ingestId"));
        assertThat(elsewhere.status()).isEqualTo(202);
        try (TopicReader sources = new TopicReader(topics, Topic.SOURCES)) {
            sources.awaitMatching(r -> "note-2".equals(r.key()), WAIT);
            long forNote1 = sources.readAll(Duration.ofSeconds(2)).stream().filter(r -> "note-1".equals(r.key())).count();
            assertThat(forNote1).isEqualTo(1);
        }
    }

    @Test
    void theStatusFollowsEnrichmentAndRecording() {
        RunningIngestService.Response upload = service.upload("memo.txt", Corpus.plainText("A memo of May 1921."),
                Map.of("documentId", "memo-1"));
        String ingestId = upload.text("ingestId");
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() ->
                assertThat(service.get("/api/ingests/" + ingestId).text("status")).isEqualTo("EXTRACTED"));

        // What enrich-service publishes once it has tagged the text.
        try (var enrich = new org.annals.kafka.EventPublisher(
                new org.annals.kafka.KafkaSettings(TestBroker.bootstrapServers(), "test-enrich"), codec, topics)) {
            enrich.publish(Envelope.originate("/annals/enrich-service", new org.annals.events.TextEnriched(
                    ingestId, "memo-1", "e".repeat(64), new org.annals.events.TextEnriched.Enricher("test", "1"),
                    List.of())));
        }
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() ->
                assertThat(service.get("/api/ingests/" + ingestId).text("status")).isEqualTo("ENRICHED"));

        // What store-service publishes once the edition is complete.
        try (var store = new org.annals.kafka.EventPublisher(
                new org.annals.kafka.KafkaSettings(TestBroker.bootstrapServers(), "test-store"), codec, topics)) {
            store.publish(Envelope.originate("/annals/store-service", new org.annals.events.EditionRecorded("memo-1",
                    3, ingestId, upload.text("sha256"), "e".repeat(64), 1, java.time.Instant.now(), "f".repeat(64),
                    null)));
        }
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            RunningIngestService.Response r = service.get("/api/ingests/" + ingestId);
            assertThat(r.text("status")).isEqualTo("RECORDED");
            assertThat(r.body().path("edition").asInt()).isEqualTo(3);
        });
    }

    /** One record per document of this test; other tests share the topics. */
    private static List<ConsumerRecord<String, byte[]>> awaitFor(TopicReader reader, java.util.Set<String> documents) {
        for (String documentId : documents) {
            reader.awaitMatching(r -> documentId.equals(r.key()), WAIT);
        }
        return reader.received().stream().filter(r -> documents.contains(r.key())).toList();
    }

    private static void assertCloudEventHeaders(ConsumerRecord<String, byte[]> record, String type) {
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo(type);
        assertThat(header(record, "ce_source")).isEqualTo("/annals/ingest-service");
        assertThat(header(record, "ce_subject")).isEqualTo(record.key());
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(header(record, "ce_ingestid")).isNotBlank();
        assertThat(header(record, "content-type")).isEqualTo("application/json");
    }

    static String header(ConsumerRecord<String, byte[]> record, String key) {
        var h = record.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static String sha256(String text) throws Exception {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
