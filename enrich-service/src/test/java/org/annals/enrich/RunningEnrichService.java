package org.annals.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.annals.events.TopicNames;
import org.annals.testkit.TestBroker;

/** The real enrich service on a random port, wired to the test broker, and a plain HTTP client. */
public final class RunningEnrichService implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public RunningEnrichService(TopicNames topics) {
        Map<String, Object> props = new HashMap<>();
        props.put("kafka.bootstrap.servers", TestBroker.bootstrapServers());
        props.put("annals.topics.prefix", topics.prefix());
        props.put("micronaut.server.port", -1);
        props.put("annals.token-secret", org.annals.testkit.TestTokens.SECRET);
        this.server = ApplicationContext.run(EmbeddedServer.class, props);
    }

    public record Response(int status, String contentType, JsonNode body) {
    }

    public Response post(String path, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + org.annals.testkit.TestTokens.of(org.annals.access.Role.READER))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json);
        } catch (IOException e) {
            throw new IllegalStateException("Request to the enrich service failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response enrich(Map<String, Object> body) {
        try {
            return post("/api/enrich", "application/json", JSON.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
