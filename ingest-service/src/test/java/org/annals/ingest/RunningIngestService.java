package org.annals.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.annals.events.TopicNames;
import org.annals.testkit.TestBroker;

/**
 * The real ingest service on a random port, wired to the test broker, with a plain HTTP
 * client a downstream user would have. Tests start and stop it like an operator would.
 */
public final class RunningIngestService implements AutoCloseable {

    /** Sent as the bearer token with every request; a test acting in another role sets its own. */
    private String token = org.annals.testkit.TestTokens.of("archivist-anna", org.annals.access.Role.ARCHIVIST);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedServer server;
    // HTTP/1.1 like curl; the default h2c upgrade attempt stalls when the server refuses a large body early.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public RunningIngestService(TopicNames topics, Path dataDir, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put("kafka.bootstrap.servers", TestBroker.bootstrapServers());
        props.put("annals.topics.prefix", topics.prefix());
        props.put("annals.data-dir", dataDir.toString());
        props.put("annals.token-secret", org.annals.testkit.TestTokens.SECRET);
        props.put("micronaut.server.port", -1);
        props.putAll(extra);
        this.server = ApplicationContext.run(EmbeddedServer.class, props);
    }

    public RunningIngestService(TopicNames topics, Path dataDir) {
        this(topics, dataDir, Map.of());
    }

    /** The bearer token for the requests that follow; null sends none. */
    public void useToken(String token) {
        this.token = token;
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public record Response(int status, String contentType, JsonNode body) {
        public String text(String field) {
            return body.path(field).asText(null);
        }
    }

    /** One part of a multipart upload; {@code filename} null for a plain field. */
    public record Part(String name, String filename, byte[] bytes) {
        public static Part file(String filename, byte[] bytes) {
            return new Part("file", filename, bytes);
        }

        public static Part field(String name, String value) {
            return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    public Response upload(Part... parts) {
        String boundary = "annals-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
            if (part.filename() != null) {
                head.append("; filename=\"").append(part.filename()).append('"');
                head.append("\r\nContent-Type: application/octet-stream");
            }
            head.append("\r\n\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Response upload(String filename, byte[] bytes, Map<String, String> fields) {
        Map<String, String> ordered = new LinkedHashMap<>(fields);
        Part[] parts = new Part[ordered.size() + 1];
        int i = 0;
        for (var field : ordered.entrySet()) {
            parts[i++] = Part.field(field.getKey(), field.getValue());
        }
        parts[i] = Part.file(filename, bytes);
        return upload(parts);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private Response send(HttpRequest.Builder request) {
        try {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<byte[]> response = http.send(request.timeout(java.time.Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), body);
        } catch (IOException e) {
            throw new IllegalStateException("Request to the ingest service failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
