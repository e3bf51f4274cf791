package org.annals.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.local.ServiceProcess;
import org.annals.testkit.Corpus;
import org.annals.testkit.HostileSources;
import org.annals.testkit.PackagedServices;
import org.annals.testkit.Tesseract;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs through the HTTP API of the packaged services, with good documents in
 * between: each hostile one is refused with a problem+json {@code detail}, fails with a reason
 * a person can act on (and the matching {@code extraction.failed}), or, where the trick is
 * harmless once handled (a lying extension, a traversal in a file name), is read safely. The
 * services stay UP, the ingest process is never replaced, every good document is recorded,
 * and a local canary file read through XXE never appears anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputEndToEndTest {

    private static final Duration SETTLE = Duration.ofMinutes(12);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int UPLOAD_LIMIT = 16 * 1024 * 1024;
    private static final String SECRET = "CANARY-" + UUID.randomUUID();

    @TempDir
    static Path data;
    @TempDir
    static Path secrets;

    private final List<ServiceProcess> services = new ArrayList<>();
    private final Map<String, String> documentIdOf = new LinkedHashMap<>();
    private final Http http = new Http();
    private final HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private TopicNames topics;
    private Path canary;
    private String ingest;
    private String store;

    /** What a hostile input must end in. */
    enum Expect {
        /** 4xx with problem+json and a detail sentence. */
        REFUSED,
        /** FAILED with an actionable reason. */
        FAILED,
        /** RECORDED: the trick is harmless once handled; the check says what was handled. */
        READ,
        /** FAILED with a reason, or RECORDED when a lenient parser salvages the file; never stuck. */
        SETTLED
    }

    record Part(String name, byte[] filename, byte[] bytes) {
        static Part field(String name, String value) {
            return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String filename, byte[] bytes) {
            return new Part("file", filename.getBytes(StandardCharsets.UTF_8), bytes);
        }
    }

    record Hostile(String name, Expect expect, Supplier<List<Part>> parts, Consumer<JsonNode> check) {
        Hostile(String name, Expect expect, Supplier<List<Part>> parts) {
            this(name, expect, parts, extracted -> { });
        }
    }

    record Outcome(String name, Expect expect, int httpStatus, String status, String detail) { }

    @BeforeAll
    void startThePipeline() throws IOException {
        Tesseract.assumeInstalled();
        canary = Files.writeString(secrets.resolve("canary.txt"), SECRET, StandardCharsets.UTF_8);
        topics = TestBroker.freshTopics();
        // Low limits keep hostile files quick: 20 s per source, 20 OCR pages, 16 MB uploads.
        Map<String, String> ingestEnv = Map.of(
                "ANNALS_INGEST_EXTRACTION_TIMEOUT", "20s",
                "ANNALS_INGEST_EXTRACTION_MAX_OCR_PAGES", "20",
                "ANNALS_INGEST_MAX_UPLOAD_SIZE", "16MB");
        services.add(PackagedServices.start("ingest", topics, data, ingestEnv));
        services.add(PackagedServices.start("enrich", topics, data, Map.of()));
        services.add(PackagedServices.start("store", topics, data, Map.of()));
        ingest = services.get(0).spec().url();
        store = services.get(2).spec().url();
    }

    @AfterAll
    void stopThePipeline() {
        services.forEach(ServiceProcess::stop);
    }

    @Test
    void hostileInputsEndInAnActionableAnswerAndTheServicesCarryOn() throws Exception {
        long ingestPid = services.get(0).pid();
        List<Hostile> hostile = hostileInputs();
        assertThat(hostile).hasSizeGreaterThanOrEqualTo(40);

        Map<String, String> ingestOf = new LinkedHashMap<>();
        Map<String, Integer> httpStatusOf = new LinkedHashMap<>();
        Map<String, String> refusalOf = new LinkedHashMap<>();
        List<String> goodIngests = new ArrayList<>();
        int n = 0;
        for (Hostile h : hostile) {
            List<Part> parts = h.parts().get();
            documentIdOf.put(h.name(), new String(parts.get(0).bytes(), StandardCharsets.UTF_8));
            RawResponse r = upload(parts);
            httpStatusOf.put(h.name(), r.status());
            if (h.expect() == Expect.REFUSED) {
                assertThat(r.status()).as(h.name() + ": " + r.text()).isBetween(400, 499);
                assertThat(r.contentType()).as(h.name()).startsWith("application/problem+json");
                String detail = r.json().path("detail").asText();
                assertThat(detail).as(h.name()).endsWith(".").hasSizeGreaterThan(20);
                refusalOf.put(h.name(), detail);
            } else {
                assertThat(r.status()).as(h.name() + ": " + r.text()).isEqualTo(202);
                ingestOf.put(h.name(), r.json().path("ingestId").asText());
            }
            if (++n % 4 == 0) {
                goodIngests.add(uploadGood(n / 4));
                assertAllHealthy();
            }
        }

        // Every hostile source settles; the table is printed before any verdict, so one run shows them all.
        List<Outcome> outcomes = new ArrayList<>();
        for (Hostile h : hostile) {
            if (h.expect() == Expect.REFUSED) {
                outcomes.add(new Outcome(h.name(), h.expect(), httpStatusOf.get(h.name()), "-", refusalOf.get(h.name())));
                continue;
            }
            JsonNode settled = awaitSettled(ingestOf.get(h.name()));
            String status = settled.path("status").asText();
            outcomes.add(new Outcome(h.name(), h.expect(), 202, status,
                    status.equals("FAILED") ? settled.path("error").asText("") : ""));
        }
        printTable(outcomes);

        Map<String, JsonNode> extracted = new LinkedHashMap<>();
        try (TopicReader reader = new TopicReader(topics, Topic.EXTRACTED)) {
            for (ConsumerRecord<String, byte[]> record : reader.readAll(Duration.ofSeconds(3))) {
                extracted.put(record.key(), JSON.readTree(record.value()));
            }
        }
        SoftAssertions verdicts = new SoftAssertions();
        for (int i = 0; i < hostile.size(); i++) {
            Hostile h = hostile.get(i);
            Outcome o = outcomes.get(i);
            if (h.expect() == Expect.REFUSED) {
                continue;
            }
            switch (h.expect()) {
                case FAILED -> verdicts.assertThat(o.status()).as(h.name()).isEqualTo("FAILED");
                case READ -> verdicts.assertThat(o.status()).as(h.name()).isEqualTo("RECORDED");
                default -> verdicts.assertThat(o.status()).as(h.name()).isIn("FAILED", "RECORDED");
            }
            JsonNode event = extracted.get(documentId(h));
            verdicts.assertThat(event).as(h.name() + " has an event on annals.extracted").isNotNull();
            if (event == null) {
                continue;
            }
            if (o.status().equals("FAILED")) {
                // the reason a person reads is the one on the topic, a sentence, with a class for machines
                verdicts.assertThat(o.detail()).as(h.name()).endsWith(".").hasSizeGreaterThan(30);
                verdicts.assertThat(event.path("reason").asText()).as(h.name()).isEqualTo(o.detail());
                verdicts.assertThat(event.path("errorClass").asText()).as(h.name()).isNotBlank();
            } else {
                verdicts.check(() -> h.check().accept(event));
            }
        }
        verdicts.assertAll();

        for (String good : goodIngests) {
            JsonNode settled = awaitSettled(good);
            assertThat(settled.path("status").asText()).as(settled.toString()).isEqualTo("RECORDED");
        }
        assertAllHealthy();
        assertThat(services.get(0).pid()).as("the ingest service was never replaced").isEqualTo(ingestPid);
        assertThat(services.get(0).isAlive()).isTrue();
        assertTheCanaryIsNowhere(hostile, ingestOf);
    }

    private List<Hostile> hostileInputs() {
        String text = Corpus.ARCHIVAL_TEXT;
        return List.of(
                // refused at the door
                new Hostile("empty-file", Expect.REFUSED, () -> file("empty.txt", new byte[0], "hostile-empty")),
                new Hostile("over-upload-limit", Expect.REFUSED,
                        () -> file("big.bin", HostileSources.noise(UPLOAD_LIMIT + 1024 * 1024, 3), "hostile-big")),
                new Hostile("documentId-traversal", Expect.REFUSED,
                        () -> file("n.txt", Corpus.plainText("A note."), "../../etc/passwd")),
                new Hostile("documentId-control-chars", Expect.REFUSED,
                        () -> file("n.txt", Corpus.plainText("A note."), "doc\u0007\u001b[2J")),
                new Hostile("collection-traversal", Expect.REFUSED, () -> List.of(Part.field("documentId", "hostile-coll"),
                        Part.field("collection", "../../secret"), Part.file("n.txt", Corpus.plainText("A note.")))),
                new Hostile("oversized-metadata-field", Expect.REFUSED, () -> List.of(Part.field("documentId", "hostile-title"),
                        Part.field("title", "T".repeat(100_000)), Part.file("n.txt", Corpus.plainText("A note.")))),
                new Hostile("invalid-utf8-metadata-field", Expect.REFUSED, () -> List.of(Part.field("documentId", "hostile-utf8f"),
                        new Part("creator", null, new byte[] {'A', (byte) 0xC3, 0x28, (byte) 0xFF}),
                        Part.file("n.txt", Corpus.plainText("A note.")))),
                new Hostile("control-chars-metadata-field", Expect.REFUSED, () -> List.of(Part.field("documentId", "hostile-ctl"),
                        Part.field("description", "line\u0000with NUL\u001b[31m"), Part.file("n.txt", Corpus.plainText("A note.")))),
                new Hostile("documentId-too-long", Expect.REFUSED,
                        () -> file("n.txt", Corpus.plainText("A note."), "d".repeat(5000))),
                // file names: kept to a safe last segment, the document is read
                new Hostile("filename-traversal", Expect.READ,
                        () -> file("../../../../etc/cron.d/annals.txt", Corpus.plainText("Filename traversal note one."),
                                "hostile-fn-traversal")),
                new Hostile("filename-windows-traversal", Expect.READ,
                        () -> file("..\\..\\Windows\\System32\\evil.txt", Corpus.plainText("Filename traversal note two."),
                                "hostile-fn-windows")),
                new Hostile("filename-control-chars", Expect.READ,
                        () -> file("bell\u0007esc\u001b[2Jname.txt", Corpus.plainText("Filename control characters note."),
                                "hostile-fn-control")),
                new Hostile("filename-1000-chars", Expect.READ,
                        () -> file("n".repeat(1000) + ".txt", Corpus.plainText("Filename length note."), "hostile-fn-long")),
                // archives
                // zeros are no text: Tika names the entry and never unpacks it, so this may be read harmlessly
                new Hostile("zip-of-zeros-512MB", Expect.SETTLED,
                        () -> file("zeros.zip", HostileSources.zipOfZeros(512L * 1024 * 1024), "hostile-zip-zeros"),
                        e -> assertThat(e.path("text").asText().length()).isLessThan(1000)),
                new Hostile("text-zip-bomb-500M-chars", Expect.FAILED,
                        () -> file("bomb.zip", HostileSources.textZipBomb(1, 500L * 1024 * 1024), "hostile-zip-text")),
                new Hostile("text-zip-bomb-20-entries", Expect.FAILED,
                        () -> file("chapters.zip", HostileSources.textZipBomb(20, 50L * 1024 * 1024), "hostile-zip-entries")),
                new Hostile("nested-zip-bomb-8x8x8", Expect.FAILED,
                        () -> file("42.zip", HostileSources.nestedZipBomb(4, 8, 1024 * 1024), "hostile-zip-nested")),
                new Hostile("zip-chain-40-levels", Expect.FAILED,
                        () -> file("chain.zip", HostileSources.zipChain(40, "The innermost note."), "hostile-zip-chain")),
                new Hostile("zip-of-1500-files", Expect.FAILED,
                        () -> file("register.zip", HostileSources.zipOfManyFiles(1500), "hostile-zip-many")),
                new Hostile("gzip-text-bomb-500M-chars", Expect.FAILED,
                        () -> file("log.txt.gz", HostileSources.gzipTextBomb(500L * 1024 * 1024), "hostile-gzip")),
                new Hostile("zip-slip-entry-name", Expect.READ,
                        () -> file("slip.zip", HostileSources.zipSlip("Zip slip note."), "hostile-zip-slip"),
                        e -> assertThat(Files.exists(Path.of("/tmp/annals-zip-slip.txt"))).isFalse()),
                new Hostile("text-over-max-chars", Expect.FAILED,
                        () -> file("long.txt", HostileSources.longText(12_000_000), "hostile-long-text"),
                        e -> { }),
                // XML
                new Hostile("billion-laughs", Expect.FAILED,
                        () -> file("lolz.xml", HostileSources.billionLaughs(), "hostile-lolz")),
                new Hostile("xxe-general-entity", Expect.SETTLED,
                        () -> file("note.xml", HostileSources.xxe(canary), "hostile-xxe")),
                new Hostile("xxe-parameter-entity", Expect.SETTLED,
                        () -> file("dtd.xml", HostileSources.xxeParameterEntity(canary), "hostile-xxe-param")),
                new Hostile("xxe-in-svg", Expect.SETTLED,
                        () -> file("map.svg", HostileSources.xxeSvg(canary), "hostile-xxe-svg")),
                new Hostile("xxe-in-docx", Expect.SETTLED,
                        () -> file("minutes.docx", HostileSources.xxeDocx(canary), "hostile-xxe-docx")),
                new Hostile("xml-nested-100000-deep", Expect.SETTLED,
                        () -> file("deep.xml", HostileSources.deeplyNestedXml(100_000), "hostile-deep-xml")),
                // PDFs and images
                new Hostile("pdf-truncated-half", Expect.FAILED,
                        () -> file("half.pdf", HostileSources.truncated(Corpus.pdf(text), 0.5), "hostile-pdf-half")),
                new Hostile("pdf-truncated-tenth", Expect.FAILED,
                        () -> file("tenth.pdf", HostileSources.truncated(Corpus.pdf(text), 0.1), "hostile-pdf-tenth")),
                new Hostile("pdf-corrupt-middle", Expect.SETTLED,
                        () -> file("corrupt.pdf", HostileSources.corruptPdf(text), "hostile-pdf-corrupt")),
                new Hostile("pdf-password-aes256", Expect.FAILED,
                        () -> file("secret.pdf", HostileSources.passwordPdf(), "hostile-pdf-password")),
                new Hostile("pdf-claims-2147483647-pages", Expect.SETTLED,
                        () -> file("pages.pdf", HostileSources.pdfWithLyingPageCount(Integer.MAX_VALUE), "hostile-pdf-count")),
                new Hostile("pdf-300-blank-pages-for-ocr", Expect.FAILED,
                        () -> file("blank.pdf", HostileSources.blankPagesPdf(300), "hostile-pdf-blank")),
                new Hostile("pdf-page-14400pt-square", Expect.FAILED,
                        () -> file("giant.pdf", HostileSources.giantPagePdf(14_400), "hostile-pdf-giant")),
                new Hostile("png-claims-100000x100000", Expect.FAILED,
                        () -> file("huge.png", HostileSources.pngClaimingSize(100_000, 100_000), "hostile-png-huge")),
                new Hostile("png-claims-30000x30000", Expect.FAILED,
                        () -> file("large.png", HostileSources.pngClaimingSize(30_000, 30_000), "hostile-png-large")),
                // lying types and garbage
                new Hostile("docx-named-pdf", Expect.READ,
                        () -> file("letter.pdf", Corpus.docx("A Word letter in disguise."), "hostile-docx-as-pdf"),
                        e -> assertThat(e.path("mediaType").asText()).contains("wordprocessingml")),
                new Hostile("pdf-named-txt", Expect.READ,
                        () -> file("letter.txt", Corpus.pdf("A PDF letter in disguise."), "hostile-pdf-as-txt"),
                        e -> assertThat(e.path("mediaType").asText()).isEqualTo("application/pdf")),
                new Hostile("noise-named-pdf", Expect.FAILED,
                        () -> file("noise.pdf", HostileSources.noise(4096, 21), "hostile-noise-pdf")),
                new Hostile("noise-named-png", Expect.FAILED,
                        () -> file("noise.png", HostileSources.noise(4096, 22), "hostile-noise-png")),
                new Hostile("elf-named-txt", Expect.FAILED,
                        () -> file("notes.txt", HostileSources.elfExecutable(), "hostile-elf")),
                // encodings and metadata inside the file
                new Hostile("invalid-utf8-text", Expect.READ,
                        () -> file("broken.txt", HostileSources.invalidUtf8Text("Minutes of 16 March 1921."), "hostile-utf8-text"),
                        e -> assertThat(e.path("text").asText()).contains("Minutes of 16 March 1921")),
                new Hostile("invalid-utf8-document-metadata", Expect.READ,
                        () -> file("meta.html", HostileSources.htmlWithBrokenMetadata("Minutes of 16 March 1921."),
                                "hostile-utf8-meta"),
                        e -> assertThat(e.path("text").asText()).contains("16 March 1921")),
                new Hostile("oversized-document-metadata", Expect.READ,
                        () -> file("title.html", HostileSources.htmlWithOversizedMetadata("Minutes of 16 March 1921.",
                                1_000_000), "hostile-big-meta"),
                        e -> e.path("metadata").forEach(v -> assertThat(v.toString().length()).isLessThan(4100))));
    }

    private static List<Part> file(String filename, byte[] bytes, String documentId) {
        return List.of(Part.field("documentId", documentId), Part.file(filename, bytes));
    }

    private String documentId(Hostile h) {
        return documentIdOf.get(h.name());
    }

    private String uploadGood(int n) {
        String text = "Good document " + n + ". The district committee met on 16 March 1921; Alexandra Kollontai spoke.";
        Http.Response r = http.upload(ingest + "/api/documents", "good-" + n + ".html", Corpus.html("Good " + n, text),
                Map.of("documentId", "good-" + n, "collection", "hostile-suite"));
        assertThat(r.status()).isEqualTo(202);
        return r.json().path("ingestId").asText();
    }

    private JsonNode awaitSettled(String ingestId) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            last[0] = http.get(ingest + "/api/ingests/" + ingestId).json();
            String status = last[0].path("status").asText();
            return status.equals("FAILED") || status.equals("RECORDED");
        });
        return last[0];
    }

    private void assertAllHealthy() {
        for (ServiceProcess service : services) {
            Http.Response health = http.get(service.spec().url() + "/health");
            assertThat(health.status()).as(service.spec().name() + " /health").isEqualTo(200);
            assertThat(health.json().path("status").asText()).as(service.spec().name()).isEqualTo("UP");
        }
    }

    /** The canary's content is in no event, no ingest status and no edition the store shows. */
    private void assertTheCanaryIsNowhere(List<Hostile> hostile, Map<String, String> ingestOf) {
        for (Topic topic : List.of(Topic.SOURCES, Topic.EXTRACTED, Topic.ENRICHED, Topic.EDITIONS, Topic.DEADLETTER)) {
            try (TopicReader reader = new TopicReader(topics, topic)) {
                for (ConsumerRecord<String, byte[]> record : reader.readAll(Duration.ofSeconds(2))) {
                    assertThat(new String(record.value(), StandardCharsets.UTF_8)).as(topic + " " + record.key())
                            .doesNotContain(SECRET);
                }
            }
        }
        for (Hostile h : hostile) {
            if (!h.name().startsWith("xxe")) {
                continue;
            }
            assertThat(new String(http.get(ingest + "/api/ingests/" + ingestOf.get(h.name())).bytes(),
                    StandardCharsets.UTF_8)).doesNotContain(SECRET);
            Http.Response edition = http.get(store + "/api/documents/" + documentId(h) + "/editions/1");
            assertThat(new String(edition.bytes(), StandardCharsets.UTF_8)).as(h.name()).doesNotContain(SECRET);
        }
    }

    private static void printTable(List<Outcome> outcomes) {
        StringBuilder table = new StringBuilder("\n| # | hostile input | expected | HTTP | status | reason or detail |\n")
                .append("|---|---|---|---|---|---|\n");
        int i = 1;
        for (Outcome o : outcomes) {
            table.append("| ").append(i++).append(" | ").append(o.name()).append(" | ").append(o.expect())
                    .append(" | ").append(o.httpStatus()).append(" | ").append(o.status()).append(" | ")
                    .append(o.detail().replace("|", "\\|")).append(" |\n");
        }
        System.out.println(table);
    }

    record RawResponse(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** A multipart upload built byte by byte, so names and values can hold what a well-behaved client never sends. */
    private RawResponse upload(List<Part> parts) throws IOException, InterruptedException {
        String boundary = "annals-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\"")
                    .getBytes(StandardCharsets.UTF_8));
            if (part.filename() != null) {
                body.writeBytes("; filename=\"".getBytes(StandardCharsets.UTF_8));
                body.writeBytes(part.filename());
                body.writeBytes("\"\r\nContent-Type: application/octet-stream".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> r = raw.send(HttpRequest.newBuilder(URI.create(ingest + "/api/documents"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new RawResponse(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }
}
