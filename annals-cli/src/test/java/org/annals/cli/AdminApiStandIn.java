package org.annals.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A STAND-IN for the store's admin API ({@code /api/admin/replays}, {@code /api/admin/verifications}),
 * which is being built in store-service and not merged yet: it answers each request with the next
 * canned answer for its method and path, exactly as the agreed spec shapes them, and records the
 * requests. Only the replay and verify commands are tested against it; every other command is
 * tested against the real services.
 */
final class AdminApiStandIn implements AutoCloseable {

    record Answer(int status, String contentType, String body, String location) {
    }

    record Request(String method, String path, String body) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new HashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    AdminApiStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues answers for {@code METHOD /path}; the last one is repeated. */
    AdminApiStandIn on(String method, String path, Answer... queued) {
        answers.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).addAll(List.of(queued));
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    static Answer json(int status, String body) {
        return new Answer(status, "application/json", body, null);
    }

    static Answer created(String body, String location) {
        return new Answer(202, "application/json", body, location);
    }

    static Answer problem(int status, String detail) {
        return new Answer(status, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}", null);
    }

    /** A job in the agreed shape. */
    static String job(String id, String kind, String mode, String state, long done, long total, String message,
                      String findings) {
        String self = ("verify".equals(kind) ? "/api/admin/verifications/" : "/api/admin/replays/") + id;
        return """
                {"id":"%s","kind":"%s","mode":"%s","state":"%s","requestedBy":"tester",
                 "requestedAt":"2024-05-01T12:00:00Z","finishedAt":%s,"scope":{},"done":%d,"total":%d,
                 "ratePerSecond":12.5,"message":%s,"findings":%s,"links":{"self":"%s"}}"""
                .formatted(id, kind, mode, state, "RUNNING".equals(state) ? "null" : "\"2024-05-01T12:00:05Z\"",
                        done, total, message == null ? "null" : "\"" + message + "\"", findings, self);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body));
        Deque<Answer> queue = answers.get(key);
        Answer answer = queue == null || queue.isEmpty() ? problem(404, "No route " + key)
                : queue.size() > 1 ? queue.poll() : queue.peek();
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        if (answer.location() != null) {
            exchange.getResponseHeaders().add("Location", answer.location());
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
