package org.annals.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * The UI's own pages may load nothing from anywhere but this origin (no CDN, no inline script),
 * may not be framed, and are not sniffed: what the ADR promises, enforced by the browser.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class PageHeaders implements HttpServerFilter {

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String path = request.getPath();
        if (path.startsWith("/ingest/") || path.startsWith("/store/") || path.startsWith("/enrich/")) {
            return chain.proceed(request);
        }
        return Publishers.map(chain.proceed(request), response -> {
            HEADERS.forEach((name, value) -> response.getHeaders().set(name, value));
            return response;
        });
    }
}
