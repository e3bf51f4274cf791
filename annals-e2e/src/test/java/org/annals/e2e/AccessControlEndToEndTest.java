package org.annals.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.annals.access.Role;
import org.annals.events.TopicNames;
import org.annals.local.ServiceProcess;
import org.annals.testkit.PackagedServices;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint of the three services against every kind of caller: no token, a malformed,
 * forged or expired one, and each role. Only /health is open; reading needs any role,
 * uploading an archivist or operator, replay, verification, lag and metrics an operator. Who
 * uploaded and who replayed is the token's subject, in the history.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlEndToEndTest {

    private enum Needs { NOTHING, READER, ARCHIVIST, OPERATOR }

    private record Endpoint(String name, Needs needs, Function<Http, Http.Response> call) {
    }

    @TempDir
    static Path data;

    private final List<ServiceProcess> services = new ArrayList<>();
    private final AtomicInteger uploads = new AtomicInteger();
    private String ingest;
    private String enrich;
    private String store;
    private String ingestId;

    @BeforeAll
    void startWithOneRecordedDocument() {
        TopicNames topics = TestBroker.freshTopics();
        for (String name : List.of("ingest", "enrich", "store")) {
            services.add(PackagedServices.start(name, topics, data, Map.of()));
        }
        ingest = services.get(0).spec().url();
        enrich = services.get(1).spec().url();
        store = services.get(2).spec().url();
        Http archivist = new Http(TestTokens.of("archivist-anna", Role.ARCHIVIST));
        Http.Response upload = archivist.upload(ingest + "/api/documents", "letter.txt",
                "Letter from Alexandra Kollontai, 16 March 1921.".getBytes(StandardCharsets.UTF_8),
                Map.of("documentId", "guarded-letter"));
        assertThat(upload.status()).isEqualTo(202);
        ingestId = upload.json().path("ingestId").asText();
        Http operator = new Http();
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() ->
                "RECORDED".equals(operator.get(ingest + "/api/ingests/" + ingestId).json().path("status").asText()));
    }

    @AfterAll
    void stop() {
        services.forEach(ServiceProcess::stop);
    }

    private List<Endpoint> endpoints() {
        String doc = store + "/api/documents/guarded-letter";
        return List.of(
                new Endpoint("ingest /health", Needs.NOTHING, h -> h.get(ingest + "/health")),
                new Endpoint("enrich /health", Needs.NOTHING, h -> h.get(enrich + "/health")),
                new Endpoint("store /health", Needs.NOTHING, h -> h.get(store + "/health")),
                new Endpoint("POST /api/documents", Needs.ARCHIVIST, h -> h.upload(ingest + "/api/documents",
                        "note.txt", ("A note, number " + uploads.incrementAndGet() + ".").getBytes(StandardCharsets.UTF_8),
                        Map.of("collection", "notes"))),
                new Endpoint("GET /api/ingests/{id}", Needs.READER, h -> h.get(ingest + "/api/ingests/" + ingestId)),
                new Endpoint("ingest /prometheus", Needs.OPERATOR, h -> h.get(ingest + "/prometheus")),
                new Endpoint("POST /api/enrich", Needs.READER, h -> h.postJson(enrich + "/api/enrich",
                        "{\"text\": \"Written on 16 March 1921.\"}")),
                new Endpoint("enrich /prometheus", Needs.OPERATOR, h -> h.get(enrich + "/prometheus")),
                new Endpoint("GET /api/documents", Needs.READER, h -> h.get(store + "/api/documents")),
                new Endpoint("GET /api/documents/{id}", Needs.READER, h -> h.get(doc)),
                new Endpoint("GET …/editions/1", Needs.READER, h -> h.get(doc + "/editions/1")),
                new Endpoint("GET …/editions/1/source", Needs.READER, h -> h.get(doc + "/editions/1/source")),
                new Endpoint("GET …/events", Needs.READER, h -> h.get(doc + "/events")),
                new Endpoint("GET /asyncapi.yaml", Needs.READER, h -> h.get(store + "/asyncapi.yaml")),
                new Endpoint("POST /api/admin/replays", Needs.OPERATOR, h -> h.postJson(store + "/api/admin/replays",
                        "{\"mode\": \"republish\", \"topic\": \"no-such-topic\"}")),
                new Endpoint("GET /api/admin/replays", Needs.OPERATOR, h -> h.get(store + "/api/admin/replays")),
                new Endpoint("POST /api/admin/verifications", Needs.OPERATOR,
                        h -> h.postJson(store + "/api/admin/verifications", "{}")),
                new Endpoint("GET /api/admin/verify", Needs.OPERATOR, h -> h.get(store + "/api/admin/verify")),
                new Endpoint("GET /api/admin/lag", Needs.OPERATOR, h -> h.get(store + "/api/admin/lag")),
                new Endpoint("store /prometheus", Needs.OPERATOR, h -> h.get(store + "/prometheus")));
    }

    @Test
    void everyEndpointAnswersEachCallerAsItsRoleAllows() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("no token", null);
        callers.put("malformed", "not-a-token");
        callers.put("forged", TestTokens.forged());
        callers.put("expired", TestTokens.expired(Role.OPERATOR));
        callers.put("reader", TestTokens.of(Role.READER));
        callers.put("archivist", TestTokens.of(Role.ARCHIVIST));
        callers.put("operator", TestTokens.of(Role.OPERATOR));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                Http.Response r = endpoint.call().apply(new Http(caller.getValue()));
                int expected = expected(endpoint.needs(), caller.getKey());
                boolean ok = expected == 200 ? r.status() >= 200 && r.status() < 300 || isRefusedInput(endpoint, r)
                        : r.status() == expected;
                if (!ok) {
                    wrong.add(endpoint.name() + " as " + caller.getKey() + ": " + r.status() + " (expected "
                            + (expected == 200 ? "2xx" : expected) + ")");
                }
                if (r.status() == 401 || r.status() == 403) {
                    assertThat(r.json().path("detail").asText()).as(endpoint.name()).contains("token");
                }
                checked++;
            }
        }
        assertThat(wrong).as("of " + checked + " calls").isEmpty();
    }

    @Test
    void whoUploadedAndWhoReplayedAreTheTokensSubjects() {
        Http operator = new Http(TestTokens.of("ops-olga", Role.OPERATOR));
        JsonNode edition = operator.get(store + "/api/documents/guarded-letter/editions/1").json();
        assertThat(edition.toString()).contains("\"submittedBy\":\"archivist-anna\"");

        Http.Response replay = operator.postJson(store + "/api/admin/replays", "{\"mode\": \"projections\"}");
        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.json().path("requestedBy").asText()).isEqualTo("ops-olga");
        Awaitility.await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                assertThat(operator.get(store + "/api/documents/_replays/events").json().path("events").toString())
                        .contains("\"requestedBy\":\"ops-olga\""));

        Http.Response claimed = operator.postJson(store + "/api/admin/replays",
                "{\"mode\": \"projections\", \"requestedBy\": \"someone-else\"}");
        assertThat(claimed.status()).isEqualTo(400);
        assertThat(claimed.json().path("detail").asText()).contains("taken from your access token");
    }

    @Test
    void theSourceDownloadNeverLeavesTheBlobStore() {
        Http reader = new Http(TestTokens.of(Role.READER));
        for (String path : List.of("/api/documents/..%2F..%2F..%2Fetc%2Fpasswd/editions/1/source",
                "/api/documents/%2e%2e/editions/1/source", "/api/documents/guarded-letter/editions/1/source/..%2F..%2F..",
                "/api/documents/guarded-letter/editions/..%2F1/source")) {
            Http.Response r = reader.get(store + path);
            assertThat(r.status()).as(path).isBetween(400, 499);
            assertThat(new String(r.bytes(), StandardCharsets.UTF_8)).as(path).doesNotContain("root:");
        }
        assertThat(reader.get(store + "/api/documents/guarded-letter/editions/1/source").bytes())
                .isEqualTo("Letter from Alexandra Kollontai, 16 March 1921.".getBytes(StandardCharsets.UTF_8));
    }

    private static int expected(Needs needs, String caller) {
        if (needs == Needs.NOTHING) {
            return 200;
        }
        Role role = Role.of(caller).orElse(null);
        if (role == null) {
            return 401;
        }
        boolean allowed = switch (needs) {
            case READER -> true;
            case ARCHIVIST -> role != Role.READER;
            case OPERATOR -> role == Role.OPERATOR;
            case NOTHING -> true;
        };
        return allowed ? 200 : 403;
    }

    /** A caller let through whose request is then refused on its merits (400) has passed access control. */
    private static boolean isRefusedInput(Endpoint endpoint, Http.Response r) {
        return endpoint.name().equals("POST /api/admin/replays") && r.status() == 400;
    }
}
