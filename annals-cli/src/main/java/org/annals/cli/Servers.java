package org.annals.cli;

import java.net.URI;
import java.util.Objects;

/**
 * Where the archive's HTTP services are. The one place that knows how to reach them, so the
 * credentials a later version sends (a bearer token from a flag, the environment or the data
 * directory) join here and in {@link Connection#request}, and nowhere else.
 */
public record Servers(URI ingest, URI store) {

    public Servers {
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(store, "store");
    }

    public URI base(Service service) {
        return switch (service) {
            case INGEST -> ingest;
            case STORE -> store;
        };
    }

    /** The base URL with {@code path} appended; {@code path} starts with '/'. */
    public URI resolve(Service service, String path) {
        String base = base(service).toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
}
