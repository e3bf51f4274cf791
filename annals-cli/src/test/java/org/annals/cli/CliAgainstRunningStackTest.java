package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.events.TopicNames;
import org.annals.local.FreePorts;
import org.annals.local.ServiceProcess;
import org.annals.testkit.Corpus;
import org.annals.testkit.PackagedServices;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as an archivist uses it, against the packaged ingest, enrich and store services (each
 * its own process) on the test broker: a folder with one bad file among good ones, the same
 * folder again, then status, get, history and tail on what was deposited. No scans, so no OCR.
 * The tests run in order: later ones read what the first deposited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliAgainstRunningStackTest {

    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final Pattern DEPOSITED =
            Pattern.compile("\\] (?:accepted|duplicate)\\s+(\\S+)\\s+document (\\S+)\\s+ingest (\\S+)");

    @TempDir
    static Path data;

    @TempDir
    static Path work;

    private final List<ServiceProcess> services = new ArrayList<>();
    private TopicNames topics;
    private Path folder;
    /** file name → {documentId, ingestId} of the first upload. */
    private final Map<String, String[]> deposited = new LinkedHashMap<>();

    @BeforeAll
    void startTheServices() throws IOException {
        topics = TestBroker.freshTopics();
        for (String name : List.of("ingest", "enrich", "store")) {
            services.add(PackagedServices.start(name, topics, data, Map.of()));
        }

        folder = Files.createDirectories(work.resolve("petrograd"));
        Files.write(folder.resolve("committee.html"), Corpus.html("Petrograd district committee", Corpus.ARCHIVAL_TEXT));
        Files.write(Files.createDirectories(folder.resolve("drafts")).resolve("notes.txt"),
                Corpus.plainText(Corpus.ARCHIVAL_TEXT + "\nTranscribed from the clerk's register.\n"));
        Files.write(folder.resolve("folder.pdf"), Corpus.pdf(Corpus.ARCHIVAL_TEXT));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.writeString(folder.resolve(".DS_Store"), "not an archival source");
    }

    @AfterAll
    void stopTheServices() {
        services.forEach(ServiceProcess::stop);
    }

    @Test
    @Order(1)
    void aFolderWithOneBadFileSaysWhichAndExitsOne() {
        CliRun run = cli("upload", folder.toString(), "--collection", "petrograd", "--reference-date", "1921-04-02",
                "--meta", "creator=District committee clerk");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FAILED);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("3 accepted, 0 duplicate, 1 rejected");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("rejected").contains(folder.resolve("empty.txt").toString())
                .contains("empty (0 bytes)");
        assertThat(run.err()).contains("Skipped 1 hidden file or folder.").doesNotContain(".DS_Store");

        Matcher m = DEPOSITED.matcher(run.err());
        while (m.find()) {
            deposited.put(Path.of(m.group(1)).getFileName().toString(), new String[] {m.group(2), m.group(3)});
        }
        assertThat(deposited).as(run.err()).containsOnlyKeys("committee.html", "notes.txt", "folder.pdf");
    }

    @Test
    @Order(2)
    void theSameFolderAgainIsDuplicates() {
        CliRun run = cli("upload", folder.toString(), "--collection", "petrograd", "--parallel", "2");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out().lines().findFirst()).hasValue("0 accepted, 3 duplicate, 1 rejected");
    }

    @Test
    @Order(3)
    void statusReachesRecorded() {
        for (String[] ids : deposited.values()) {
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                CliRun run = cli("status", ids[1]);
                assertThat(run.out()).as(run.toString()).contains("Status:     RECORDED (edition 1)");
                assertThat(run.exitCode()).isZero();
            });
        }
        CliRun json = cli("status", deposited.get("folder.pdf")[1], "--json");
        assertThat(Json.parse(json.out().getBytes(StandardCharsets.UTF_8)).orElseThrow().path("collection").asText())
                .isEqualTo("petrograd");
    }

    @Test
    @Order(4)
    void getShowsTheDocumentItsTextTagsAndSource() throws IOException {
        String pdf = deposited.get("folder.pdf")[0];

        CliRun summary = cli("get", pdf);
        assertThat(summary.exitCode()).as(summary.toString()).isZero();
        assertThat(summary.out()).contains("Document:   " + pdf, "Collection: petrograd", "Editions:   1 (latest 1)",
                "folder.pdf");

        CliRun text = cli("get", pdf, "--text");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Alexandra Kollontai", "Petrograd district committee");
        assertThat(text.err()).isEmpty();

        CliRun tags = cli("get", pdf, "--edition", "1", "--tags");
        assertThat(tags.out().lines()).anyMatch(line -> line.startsWith("PERSON") && line.endsWith("→ Alexandra Kollontai"));
        assertThat(tags.out().lines()).anyMatch(line -> line.startsWith("DATE") && line.endsWith("→ 1921-03-16"));

        Path copy = work.resolve("copy.pdf");
        CliRun source = cli("get", pdf, "--source", "-o", copy.toString());
        assertThat(source.exitCode()).as(source.toString()).isZero();
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(folder.resolve("folder.pdf")));

        CliRun toStdout = cli("get", deposited.get("committee.html")[0], "--source");
        assertThat(toStdout.rawOut()).isEqualTo(Files.readAllBytes(folder.resolve("committee.html")));
    }

    @Test
    @Order(5)
    void historyListsTheEventsAndTheChain() {
        CliRun run = cli("history", deposited.get("committee.html")[0]);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsSubsequence("annals.source.received.v1", "annals.text.extracted.v1",
                "annals.text.enriched.v1", "annals.edition.recorded.v1");
        assertThat(run.out().lines().reduce((a, b) -> b)).hasValueSatisfying(last ->
                assertThat(last).matches("Hash chain valid: \\d+ events\\."));
    }

    @Test
    @Order(6)
    void tailPrintsEventsAsJsonLinesWithTheirHeaders() {
        CliRun run = cli("tail", "editions", "--from-beginning", "--max", "3");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<JsonNode> records = run.out().lines()
                .map(line -> Json.parse(line.getBytes(StandardCharsets.UTF_8)).orElseThrow()).toList();
        assertThat(records).hasSize(3).allSatisfy(record -> {
            assertThat(record.path("topic").asText()).isEqualTo(topics.prefix() + "annals.editions");
            assertThat(record.path("headers").path("ce_type").asText()).isEqualTo("annals.edition.recorded.v1");
            assertThat(record.path("headers").path("ce_subject").asText()).isEqualTo(record.path("key").asText());
            assertThat(record.path("data").path("edition").asInt()).isEqualTo(1);
        });
        assertThat(records).extracting(r -> r.path("data").path("documentId").asText())
                .containsExactlyInAnyOrderElementsOf(deposited.values().stream().map(ids -> ids[0]).toList());
    }

    @Test
    @Order(7)
    void tailSinceATimeSeesOnlyLaterRecords() throws IOException {
        Instant afterFirstBatch = Instant.now();
        Path later = Files.writeString(work.resolve("postscript.txt"),
                "A postscript of 2 April 1921 asks Alexandra Kollontai to send the minutes.\n");
        CliRun upload = cli("upload", later.toString(), "--document-id", "postscript", "--wait");
        assertThat(upload.exitCode()).as(upload.toString()).isZero();
        assertThat(upload.out()).contains("1 accepted, 0 duplicate, 0 rejected", "recorded  " + later + "  document postscript  edition 1");

        CliRun run = cli("tail", topics.prefix() + "annals.editions", "--since", afterFirstBatch.toString(), "--idle", "3s");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines()).hasSize(1).allSatisfy(line -> assertThat(
                Json.parse(line.getBytes(StandardCharsets.UTF_8)).orElseThrow().path("key").asText()).isEqualTo("postscript"));
    }

    @Test
    @Order(8)
    void anUnknownDocumentIsOneLineWithoutAStackTrace() {
        CliRun run = cli("get", "no-such-document", "--text");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("annals: There is no document 'no-such-document' in the archive.\n");
    }

    @Test
    @Order(9)
    void anUnknownIngestIsTheServicesSentence() {
        CliRun run = cli("status", "not-an-ingest");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err().strip()).hasLineCount(1).startsWith("annals: No upload has the ingest id 'not-an-ingest'");
    }

    @Test
    @Order(10)
    void aStoreThatIsNotThereIsExitThree() {
        String nowhere = "http://localhost:" + FreePorts.pick();

        CliRun run = CliRun.annals("history", "anything", "--store-url", nowhere);

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(run.err()).isEqualTo("annals: cannot reach the store at " + nowhere + " — is ./annals up running?\n");
    }

    @Test
    @Order(11)
    void anUnknownTopicIsNamed() {
        CliRun run = cli("tail", "no.such.topic", "--max", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).startsWith("annals: there is no topic 'no.such.topic' on the broker at");
    }

    @Test
    @Order(12)
    void replaysFollowTheStoresJobsToTheirOutcome() {
        CliRun projections = cli("replay", "projections");
        assertThat(projections.exitCode()).as(projections.toString()).isEqualTo(ExitCode.OK);
        assertThat(projections.out()).startsWith("Rebuilt the projections of 4 documents");

        String document = deposited.get("committee.html")[0];
        CliRun enrichment = cli("replay", "enrichment", "--document", document);
        assertThat(enrichment.exitCode()).as(enrichment.toString()).isEqualTo(ExitCode.OK);
        assertThat(enrichment.out()).startsWith("Re-published 1 extracted text of document " + document);

        CliRun unknown = cli("replay", "enrichment", "--document", "no-such-document");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(unknown.err()).isEqualTo("annals: There is no document 'no-such-document' in the archive.\n");
    }

    @Test
    @Order(13)
    void verifyReportsACleanArchive() {
        CliRun run = cli("verify");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("No mismatches:").contains("source blobs verified");
    }

    /** {@code annals ARGS…} pointed at this test's services and topics, as flags. */
    private CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        String command = args[0];
        if (command.equals("tail")) {
            all.addAll(List.of("--kafka", TestBroker.bootstrapServers(), "--topic-prefix", topics.prefix()));
        } else {
            all.addAll(List.of("--ingest-url", services.get(0).spec().url(), "--store-url", services.get(2).spec().url(),
                    "--token", TestTokens.operator()));
        }
        return CliRun.annals(all.toArray(String[]::new));
    }
}
