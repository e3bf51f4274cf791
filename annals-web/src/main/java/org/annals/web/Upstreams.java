package org.annals.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.net.URI;
import java.util.Optional;

/**
 * Where the services behind the UI live. The browser only ever talks to annals-web, so the
 * pages need no CORS and one URL is all a person has to open.
 */
@ConfigurationProperties("annals.web")
public class Upstreams {

    private URI ingestUrl = URI.create("http://localhost:8081");
    private URI storeUrl = URI.create("http://localhost:8083");
    private URI enrichUrl = URI.create("http://localhost:8082");

    /** The service a path prefix of the UI stands for: {@code ingest}, {@code store} or {@code enrich}. */
    public Optional<URI> of(String prefix) {
        return switch (prefix) {
            case "ingest" -> Optional.of(ingestUrl);
            case "store" -> Optional.of(storeUrl);
            case "enrich" -> Optional.of(enrichUrl);
            default -> Optional.empty();
        };
    }

    public URI getIngestUrl() {
        return ingestUrl;
    }

    public void setIngestUrl(URI ingestUrl) {
        this.ingestUrl = ingestUrl;
    }

    public URI getStoreUrl() {
        return storeUrl;
    }

    public void setStoreUrl(URI storeUrl) {
        this.storeUrl = storeUrl;
    }

    public URI getEnrichUrl() {
        return enrichUrl;
    }

    public void setEnrichUrl(URI enrichUrl) {
        this.enrichUrl = enrichUrl;
    }
}
