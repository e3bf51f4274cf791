package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annals.events.EventCodec;
import org.annals.events.ExtractionFailed;
import org.annals.events.TextExtracted;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.ingest.RunningIngestService.Part;
import org.annals.ingest.RunningIngestService.Response;
import org.annals.testkit.Corpus;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad uploads get a clear answer: refused requests a 4xx problem+json with nothing published
 * and nothing left half-written; unreadable files an {@code extraction.failed} with a reason.
 * The service stays healthy and goes on with good documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final EventCodec codec = new EventCodec();
    private TopicNames topics;
    private RunningIngestService service;

    @TempDir
    static Path data;

    @BeforeAll
    void start() {
        topics = TestBroker.freshTopics();
        service = new RunningIngestService(topics, data, Map.of("annals.ingest.max-upload-size", "64KB",
                "annals.ingest.max-request-size", "1MB"));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void refusedUploadsAreProblemsAndLeaveNothingBehind() throws Exception {
        byte[] ok = Corpus.plainText("A note.");
        assertProblem(service.upload(Part.field("documentId", "no-file")), 400, "no file");
        assertProblem(service.upload("empty.txt", new byte[0], Map.of("documentId", "empty")), 400, "empty (0 bytes)");
        assertProblem(service.upload("n.txt", ok, Map.of("documentId", "../../etc/passwd")), 400, "documentId");
        assertProblem(service.upload("n.txt", ok, Map.of("documentId", "x", "referenceDate", "last Tuesday")), 400,
                "YYYY-MM-DD");
        assertProblem(service.upload("n.txt", ok, Map.of("documentId", "x", "shoeSize", "42")), 400,
                "Unknown field 'shoeSize'");
        assertProblem(service.upload("n.txt", ok, Map.of("documentId", "x", "title", "t".repeat(5000))), 400, "4000");
        assertProblem(service.upload(Part.field("documentId", "x"),
                new Part("title", null, new byte[] {(byte) 0xC3, (byte) 0x28}), Part.file("n.txt", ok)), 400,
                "not valid UTF-8");
        assertProblem(service.upload("big.txt", new byte[100 * 1024], Map.of("documentId", "big")), 413,
                "upload limit of 64 KB");
        assertProblem(service.get("/api/ingests/does-not-exist"), 404, "does-not-exist");

        try (TopicReader sources = new TopicReader(topics, Topic.SOURCES)) {
            assertThat(sources.readAll(Duration.ofSeconds(2))).extracting(r -> r.key())
                    .doesNotContain("no-file", "empty", "x", "big");
        }
        // Nothing half-written, and none of the refused bytes kept.
        try (Stream<Path> files = Files.walk(data.resolve("blobs").resolve("incoming"))) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
        for (byte[] refused : List.of(ok, new byte[100 * 1024])) {
            String sha = UploadToExtractedTextTest.sha256(refused);
            assertThat(data.resolve("blobs/sha256").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4))
                    .resolve(sha)).doesNotExist();
        }
    }

    @Test
    void unreadableFilesFailWithReasonsAndGoodOnesStillGetThrough() throws IOException {
        Map<String, byte[]> bad = Map.of(
                "truncated", BrokenSources.truncated(Corpus.pdf(Corpus.ARCHIVAL_TEXT), 0.5),
                "encrypted", BrokenSources.encryptedPdf(),
                "random", BrokenSources.noise(2048, 1));
        for (var e : bad.entrySet()) {
            assertThat(service.upload(e.getKey() + (e.getKey().equals("random") ? ".bin" : ".pdf"), e.getValue(),
                    Map.of("documentId", "bad-" + e.getKey())).status()).isEqualTo(202);
        }
        Response good = service.upload("good.txt", Corpus.plainText("Minutes of 16 March 1921."),
                Map.of("documentId", "good-after-bad"));
        assertThat(good.status()).isEqualTo(202);

        try (TopicReader extracted = new TopicReader(topics, Topic.EXTRACTED)) {
            extracted.awaitMatching(r -> "good-after-bad".equals(r.key()), WAIT);
            var events = extracted.awaitRecords(4, WAIT).stream().map(r -> codec.fromRecord(r).data()).toList();
            assertThat(events).filteredOn(ExtractionFailed.class::isInstance).hasSize(3)
                    .allSatisfy(d -> assertThat(((ExtractionFailed) d).reason()).endsWith("."));
            assertThat(events).filteredOn(TextExtracted.class::isInstance).singleElement()
                    .satisfies(d -> assertThat(((TextExtracted) d).text()).isEqualTo("Minutes of 16 March 1921."));
        }
        Response encrypted = service.get("/api/ingests/" + ingestOf("bad-encrypted"));
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            Response r = service.get("/api/ingests/" + ingestOf("bad-encrypted"));
            assertThat(r.text("status")).isEqualTo("FAILED");
            assertThat(r.text("error")).contains("password-protected");
        });
        assertThat(encrypted.status()).isEqualTo(200);

        Response health = service.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(health.body().path("details").path("ocr").path("details").has("available")).isTrue();
        assertThat(health.body().path("details").path("kafka").path("status").asText()).isEqualTo("UP");
    }

    private String ingestOf(String documentId) {
        try (TopicReader sources = new TopicReader(topics, Topic.SOURCES)) {
            var record = sources.awaitMatching(r -> documentId.equals(r.key()), WAIT);
            return new String(record.headers().lastHeader("ce_ingestid").value(), StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(Response r, int status, String detailContains) {
        assertThat(r.status()).as(r.body().toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().path("status").asInt()).isEqualTo(status);
        assertThat(r.text("title")).isNotBlank();
        assertThat(r.text("detail")).contains(detailContains);
    }
}
