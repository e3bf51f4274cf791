package org.annals.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Passes {@code /ingest/**}, {@code /store/**} and {@code /enrich/**} on to the service of that
 * name, path and query unchanged but for the prefix. Bodies stream both ways (an upload goes to
 * ingest-service as it arrives; a source file comes back the same way) and the
 * {@code Authorization} header goes through untouched: the services decide who may do what.
 */
@Filter({"/ingest/**", "/store/**", "/enrich/**"})
public class ApiProxy implements HttpServerFilter {

    /**
     * An original source is the archive's bytes, perhaps an HTML page with scripts. Served from the
     * UI's own origin it could read the signed-in token, so it is sandboxed: a unique origin, no
     * scripts, and the browser may not guess a more dangerous type than the one given.
     */
    static final Map<String, String> SOURCE_HEADERS = Map.of(
            "Content-Security-Policy", "sandbox",
            "X-Content-Type-Options", "nosniff");

    private final ProxyHttpClient client;
    private final Upstreams upstreams;

    public ApiProxy(ProxyHttpClient client, Upstreams upstreams) {
        this.client = client;
        this.upstreams = upstreams;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String path = request.getPath();
        int slash = path.indexOf('/', 1);
        String prefix = slash < 0 ? path.substring(1) : path.substring(1, slash);
        String rest = slash < 0 ? "/" : path.substring(slash);
        Optional<URI> upstream = upstreams.of(prefix);
        if (upstream.isEmpty()) {
            return chain.proceed(request);
        }
        URI target = upstream.get();
        Publisher<MutableHttpResponse<?>> answer = client.proxy(request.mutate()
                .uri(b -> b.scheme(target.getScheme()).host(target.getHost()).port(target.getPort())
                        .replacePath(target.getPath() + rest)));
        boolean source = rest.endsWith("/source");
        Mono<MutableHttpResponse<?>> proxied = Mono.from(answer);
        if (source) {
            proxied = proxied.map(ApiProxy::sandboxed);
        }
        return proxied.onErrorResume(e -> Mono.just(unreachable(prefix, target, e)));
    }

    private static MutableHttpResponse<?> sandboxed(MutableHttpResponse<?> response) {
        SOURCE_HEADERS.forEach((name, value) -> response.getHeaders().set(name, value));
        return response;
    }

    /** The service is down or unreachable: say so in the problem+json every other error uses. */
    private static MutableHttpResponse<?> unreachable(String prefix, URI target, Throwable e) {
        String detail = "The " + prefix + " service at " + target + " cannot be reached (" + e.getMessage()
                + "); is it running?";
        return HttpResponse.status(HttpStatus.BAD_GATEWAY)
                .contentType(MediaType.of("application/problem+json"))
                .body(Map.of("type", "about:blank", "title", "Service unreachable", "status", 502, "detail", detail));
    }
}
