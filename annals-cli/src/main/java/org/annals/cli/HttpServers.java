package org.annals.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.annals.access.LocalCredentials;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --ingest-url} and {@code --store-url} options of every command that talks HTTP. */
public final class HttpServers {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--ingest-url", paramLabel = "URL", order = 100,
            description = "ingest service (env ANNALS_INGEST_URL, config ingest-url; now ${DEFAULT-VALUE})")
    private String ingestUrl;

    @Option(names = "--store-url", paramLabel = "URL", order = 101,
            description = "store service (env ANNALS_STORE_URL, config store-url; now ${DEFAULT-VALUE})")
    private String storeUrl;

    @Option(names = "--token", paramLabel = "TOKEN", order = 102,
            description = "bearer token (env ANNALS_TOKEN, config token); without one, the operator token "
                    + "./annals up keeps in <data-dir>/secrets/operator.token")
    private String token;

    @Option(names = "--data-dir", paramLabel = "DIR", order = 103,
            description = "the local stack's data directory, for its operator token "
                    + "(env ANNALS_DATA_DIR, config data-dir; now ${DEFAULT-VALUE})")
    private Path dataDir;

    public Servers servers() {
        return new Servers(url("--ingest-url", ingestUrl), url("--store-url", storeUrl));
    }

    /** A connection to the servers these options name, carrying the token, if there is one. */
    public Connection connect() {
        return new Connection(servers(), token());
    }

    private Optional<String> token() {
        if (token != null && !token.isBlank()) {
            return Optional.of(token.strip());
        }
        return dataDir == null ? Optional.empty() : new LocalCredentials(dataDir).operatorToken();
    }

    private URI url(String option, String value) {
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException | NullPointerException ignored) {
            // answered below
        }
        throw new ParameterException(command.commandLine(),
                option + " must be an http:// or https:// URL such as http://localhost:8083, not '" + value + "'");
    }
}
