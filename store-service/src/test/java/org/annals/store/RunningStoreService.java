package org.annals.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.annals.events.TopicNames;
import org.annals.testkit.TestBroker;

/**
 * The real store service on a random port, wired to the test broker and a data directory,
 * with a plain HTTP client. Closing and starting another on the same directory is a restart.
 */
public final class RunningStoreService implements AutoCloseable {

    /** Sent as the bearer token with every request; a test acting in another role sets its own. */
    private String token = org.annals.testkit.TestTokens.of("ops-anna", org.annals.access.Role.OPERATOR);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public RunningStoreService(TopicNames topics, Path dataDir) {
        Map<String, Object> props = new HashMap<>();
        props.put("kafka.bootstrap.servers", TestBroker.bootstrapServers());
        props.put("annals.topics.prefix", topics.prefix());
        props.put("annals.data-dir", dataDir.toString());
        props.put("annals.token-secret", org.annals.testkit.TestTokens.SECRET);
        props.put("micronaut.server.port", -1);
        this.server = ApplicationContext.run(EmbeddedServer.class, props);
    }

    /** The bearer token for the requests that follow; null sends none. */
    public void useToken(String token) {
        this.token = token;
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public record Response(int status, String contentType, byte[] bytes, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            try {
                return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + new String(bytes), e);
            }
        }

        public String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public Response get(String path) {
        try {
            HttpResponse<byte[]> response = http.send(authorised(HttpRequest.newBuilder(uri(path))).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException("Request to the store service failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String json) {
        try {
            HttpResponse<byte[]> response = http.send(authorised(HttpRequest.newBuilder(uri(path))).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException("Request to the store service failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a replay or verification job, waits for it to finish and returns its final state. */
    public JsonNode runJob(String path, String json) {
        Response started = post(path, json);
        if (started.status() != 202) {
            throw new AssertionError("POST " + path + " answered " + started.status() + ": " + started.body());
        }
        String location = started.header("Location");
        JsonNode[] last = new JsonNode[1];
        org.awaitility.Awaitility.await("job " + location).atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !(last[0] = json(location)).path("state").asText().equals("RUNNING"));
        return last[0];
    }

    /** GET that must answer 200 with JSON. */
    public JsonNode json(String path) {
        Response response = get(path);
        if (response.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    /**
     * Waits until the store has recorded everything on its input topics as of now: its stored
     * offsets (the database is what counts, not Kafka's group offsets) reach every partition's end.
     */
    public void awaitCaughtUp(TopicNames topics) {
        java.util.Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> wanted = new HashMap<>();
        for (org.annals.events.Topic topic : org.annals.store.editions.StoreConsumer.TOPICS) {
            for (int p = 0; p < org.annals.events.Topic.PARTITIONS; p++) {
                wanted.put(new org.apache.kafka.common.TopicPartition(topics.name(topic), p),
                        org.apache.kafka.clients.admin.OffsetSpec.latest());
            }
        }
        Map<org.apache.kafka.common.TopicPartition, Long> ends = new HashMap<>();
        try (org.apache.kafka.clients.admin.Admin admin = TestBroker.admin()) {
            admin.listOffsets(wanted).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read end offsets", e);
        }
        org.annals.store.events.Database database = context().getBean(org.annals.store.events.Database.class);
        org.annals.store.events.ConsumedOffsets offsets = new org.annals.store.events.ConsumedOffsets();
        org.awaitility.Awaitility.await("store caught up with " + ends).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> ends.entrySet().stream().filter(e -> e.getValue() > 0).allMatch(e -> database.read(c ->
                        offsets.next(c, org.annals.store.editions.StoreConsumer.GROUP, e.getKey().topic(),
                                e.getKey().partition())).orElse(0) >= e.getValue()));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
