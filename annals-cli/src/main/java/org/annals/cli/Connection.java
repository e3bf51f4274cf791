package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP to the archive's services. Every request is built by {@link #request}, the seam where an
 * {@code Authorization} header will be added once the services ask for one.
 */
public final class Connection {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private final Servers servers;
    private final Optional<String> token;
    // HTTP/1.1: Micronaut's server and the JDK client stall on some error answers over h2c upgrade.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    public Connection(Servers servers, Optional<String> token) {
        this.servers = servers;
        this.token = token;
    }

    public Servers servers() {
        return servers;
    }

    /** A request to {@code path} on {@code service}, with a timeout for the answer to start. */
    public HttpRequest.Builder request(Service service, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(servers.resolve(service, path)).timeout(ANSWER_TIMEOUT);
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return request;
    }

    public Reply get(Service service, String path) {
        return send(service, request(service, path).GET().build());
    }

    public Reply postJson(Service service, String path, JsonNode body) {
        return send(service, request(service, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.line(body)))
                .build());
    }

    public Reply send(Service service, HttpRequest request) {
        HttpResponse<byte[]> response = send(service, request, HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(service, response.statusCode(), response.headers(), response.body());
    }

    /**
     * Sends with any body handler (e.g. straight to a file).
     *
     * @throws UnreachableService when nothing answers at the service's address
     */
    public <T> HttpResponse<T> send(Service service, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new UnreachableService(service.label(), servers.base(service).toString());
        } catch (HttpTimeoutException e) {
            throw new CommandFailed("the " + service.label() + " at " + servers.base(service)
                    + " did not answer within " + ANSWER_TIMEOUT.toMinutes() + " minutes");
        } catch (IOException e) {
            throw new CommandFailed("talking to the " + service.label() + " at " + servers.base(service)
                    + " failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailed("interrupted");
        }
    }
}
