package org.annals.cli;

import java.net.URI;
import java.net.URISyntaxException;
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

    public Servers servers() {
        return new Servers(url("--ingest-url", ingestUrl), url("--store-url", storeUrl));
    }

    /** A connection to the servers these options name. */
    public Connection connect() {
        return new Connection(servers());
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
