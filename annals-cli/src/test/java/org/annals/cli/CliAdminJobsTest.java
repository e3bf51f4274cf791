package org.annals.cli;

import static org.annals.cli.AdminApiStandIn.created;
import static org.annals.cli.AdminApiStandIn.job;
import static org.annals.cli.AdminApiStandIn.json;
import static org.annals.cli.AdminApiStandIn.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code annals replay …} and {@code annals verify} against {@link AdminApiStandIn}, a stand-in for
 * the store's admin API until it is merged: what they send, how they follow a job, what they print
 * and how they exit.
 */
class CliAdminJobsTest {

    private AdminApiStandIn store;

    @BeforeEach
    void start() throws IOException {
        store = new AdminApiStandIn();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void aReplayIsFollowedToItsEndAndItsMessagePrinted() {
        store.on("POST", "/api/admin/replays",
                        created(job("r1", "replay", "projections", "RUNNING", 0, 4, null, "[]"), "/api/admin/replays/r1"))
                .on("GET", "/api/admin/replays/r1",
                        json(200, job("r1", "replay", "projections", "RUNNING", 2, 4, null, "[]")),
                        json(200, job("r1", "replay", "projections", "SUCCEEDED", 4, 4,
                                "Rebuilt the projections of 4 documents from 20 events.", "[]")));

        CliRun run = CliRun.annals("replay", "projections", "--store-url", store.url());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("Rebuilt the projections of 4 documents from 20 events.\n");
        assertThat(run.err()).contains("replay projections", "2/4", "4/4", "12.5/s");
        JsonNode sent = body(0);
        assertThat(sent.path("mode").asText()).isEqualTo("projections");
        assertThat(sent.has("requestedBy")).as("who asked comes from the token").isFalse();
        assertThat(store.requests()).extracting(AdminApiStandIn.Request::path)
                .containsExactly("/api/admin/replays", "/api/admin/replays/r1", "/api/admin/replays/r1");
    }

    @Test
    void aFailedReplayExitsOneWithItsMessage() {
        store.on("POST", "/api/admin/replays",
                        created(job("r2", "replay", "enrichment", "RUNNING", 0, 3, null, "[]"), "/api/admin/replays/r2"))
                .on("GET", "/api/admin/replays/r2", json(200, job("r2", "replay", "enrichment", "FAILED", 1, 3,
                        "Publishing to annals.extracted failed: the broker is not available.", "[]")));

        CliRun run = CliRun.annals("replay", "enrichment", "--collection", "letters", "--store-url", store.url());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("annals: replay enrichment failed: Publishing to annals.extracted failed");
        assertThat(body(0).path("collection").asText()).isEqualTo("letters");
        assertThat(body(0).has("documentId")).isFalse();
    }

    @Test
    void enrichmentNeedsToBeToldWhat() {
        CliRun run = CliRun.annals("replay", "enrichment", "--store-url", store.url());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--document", "--collection", "--all");
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void aRepublishSendsTheFullTopicNameAndTheWindow() {
        store.on("POST", "/api/admin/replays",
                created(job("r3", "replay", "republish", "SUCCEEDED", 7, 7, "Republished 7 events.", "[]"),
                        "/api/admin/replays/r3"));

        CliRun run = CliRun.annals("replay", "republish", "--topic", "editions", "--topic-prefix", "t9.",
                "--from", "2024-05-01T00:00:00Z", "--to", "2024-05-02T00:00:00+02:00", "--target", "mirror.editions",
                "--store-url", store.url());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("Republished 7 events.\n");
        JsonNode sent = body(0);
        assertThat(sent.path("mode").asText()).isEqualTo("republish");
        assertThat(sent.path("topic").asText()).isEqualTo("t9.annals.editions");
        assertThat(sent.path("from").asText()).isEqualTo("2024-05-01T00:00:00Z");
        assertThat(sent.path("to").asText()).isEqualTo("2024-05-01T22:00:00Z");
        assertThat(sent.path("target").asText()).isEqualTo("mirror.editions");
    }

    @Test
    void aReplayAlreadyRunningIsTheStoresSentence() {
        store.on("POST", "/api/admin/replays",
                problem(409, "A projections replay is already running (job r1); wait for it to finish."));

        CliRun run = CliRun.annals("replay", "projections", "--store-url", store.url());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).isEqualTo("annals: A projections replay is already running (job r1); wait for it to finish.\n");
    }

    @Test
    void noWaitPrintsTheJobId() {
        store.on("POST", "/api/admin/replays",
                created(job("r4", "replay", "projections", "RUNNING", 0, 0, null, "[]"), "/api/admin/replays/r4"));

        CliRun run = CliRun.annals("replay", "projections", "--no-wait", "--store-url", store.url());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("r4\n");
        assertThat(store.requests()).hasSize(1);
    }

    @Test
    void verifyWithoutMismatchesSaysSo() {
        store.on("POST", "/api/admin/verifications",
                        created(job("v1", "verify", "verify", "RUNNING", 0, 30, null, "[]"), "/api/admin/verifications/v1"))
                .on("GET", "/api/admin/verifications/v1", json(200, job("v1", "verify", "verify", "SUCCEEDED", 30, 30,
                        "No mismatches: 24 events in 3 streams and 6 blobs verified.", "[]")));

        CliRun run = CliRun.annals("verify", "--store-url", store.url());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("No mismatches: 24 events in 3 streams and 6 blobs verified.\n");
        assertThat(store.requests().get(0).path()).isEqualTo("/api/admin/verifications");
    }

    @Test
    void verifyPrintsEachFindingAndExitsOne() {
        String findings = """
                [{"kind":"chain","documentId":"letters-1","eventId":"e-7","streamVersion":3,"blobUri":null,
                  "detail":"Event e-7 (stream version 3) is altered: its hash does not match."},
                 {"kind":"fixity","documentId":"letters-2","eventId":null,
                  "blobUri":"blob:sha256/ab/cd/abcd","detail":"The blob's SHA-256 is not the one recorded."}]""";
        store.on("POST", "/api/admin/verifications",
                        created(job("v2", "verify", "verify", "RUNNING", 0, 30, null, "[]"), "/api/admin/verifications/v2"))
                .on("GET", "/api/admin/verifications/v2", json(200, job("v2", "verify", "verify", "SUCCEEDED", 30, 30,
                        "2 mismatches in 24 events and 6 blobs.", findings)));

        CliRun run = CliRun.annals("verify", "--store-url", store.url());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out().lines()).containsExactly(
                "letters-1  e-7  Event e-7 (stream version 3) is altered: its hash does not match.",
                "letters-2  blob:sha256/ab/cd/abcd  The blob's SHA-256 is not the one recorded.",
                "2 mismatches in 24 events and 6 blobs.");
    }

    @Test
    void aStoreWithoutTheAdminApiIsSaidSo() {
        CliRun run = CliRun.annals("verify", "--store-url", store.url());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).isEqualTo("annals: the store at " + store.url()
                + " has no admin API (/api/admin/verifications); it needs a newer store-service\n");
    }

    private JsonNode body(int request) {
        return Json.parse(store.requests().get(request).body().getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }
}
