package org.annals.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web service on its own, in front of a stand-in for the APIs (a JDK HTTP server that
 * echoes what it received): pages are served with their security headers, API calls are passed
 * on with path, query, body and Authorization intact, source files come back sandboxed, and a
 * service that is down is reported as problem+json.
 */
class WebServiceTest {

    private static HttpServer upstream;
    private static EmbeddedServer web;
    private static final Map<String, String> seen = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            seen.put("method", exchange.getRequestMethod());
            seen.put("uri", exchange.getRequestURI().toString());
            seen.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            seen.put("bodyLength", Integer.toString(body.length));
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/missing") ? 404 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        upstream.start();
        String url = "http://127.0.0.1:" + upstream.getAddress().getPort();
        web = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "annals.web.ingest-url", url,
                "annals.web.store-url", url,
                // nothing listens on port 9 (discard) here: the enrich service is "down"
                "annals.web.enrich-url", "http://127.0.0.1:9"));
    }

    @AfterAll
    static void stop() {
        web.close();
        upstream.stop(0);
    }

    @Test
    void servesThePagesWithTheirSecurityHeaders() throws Exception {
        for (String page : List.of("/", "/signin.html", "/upload.html", "/document.html", "/operator.html")) {
            HttpResponse<String> r = get(page, Map.of());
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(page).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(page)
                    .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
            assertThat(r.body()).as(page).contains("<main id=\"main\"", "skip-link")
                    // everything from this origin: no CDN, no remote font, no inline script
                    .doesNotContain("http://", "https://", "<script>");
        }
        assertThat(get("/js/api.js", Map.of()).headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("javascript"));
    }

    @Test
    void passesApiCallsOnWithTheTokenUntouched() throws Exception {
        HttpResponse<String> r = get("/store/api/documents?q=Kollontai&page=2", Map.of("Authorization", "Bearer abc.def.ghi"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"ok\":true}");
        assertThat(seen).containsEntry("uri", "/api/documents?q=Kollontai&page=2")
                .containsEntry("authorization", "Bearer abc.def.ghi");
        assertThat(get("/store/api/documents/x/missing", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void streamsAnUploadThrough() throws Exception {
        byte[] body = new byte[5 * 1024 * 1024];
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/ingest/api/documents"))
                .header("Content-Type", "application/octet-stream")
                .header("Authorization", "Bearer t")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(seen).containsEntry("method", "POST").containsEntry("uri", "/api/documents")
                .containsEntry("bodyLength", Integer.toString(body.length));
    }

    @Test
    void sandboxesOriginalSources() throws Exception {
        HttpResponse<String> r = get("/store/api/documents/d/editions/1/source", Map.of());
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void saysWhenAServiceCannotBeReached() throws Exception {
        HttpResponse<String> r = get("/enrich/health", Map.of());
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("The enrich service at http://127.0.0.1:9 cannot be reached");
    }

    @Test
    void hasItsOwnHealth() throws Exception {
        HttpResponse<String> r = get("/health", Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + web.getPort() + path);
    }
}
