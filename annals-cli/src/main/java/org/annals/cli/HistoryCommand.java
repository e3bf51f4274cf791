package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals history DOCUMENT}: the document's event stream and whether its hash chain holds. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show a document's events and whether its hash chain is intact.",
                "One line per event (stream version, time, type, event id, hash prefix); exits 1 when the chain "
                        + "is broken."})
final class HistoryCommand implements Callable<Integer> {

    private static final int HASH_PREFIX = 12;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HttpServers servers;

    @Parameters(paramLabel = "DOCUMENT", description = "the document id")
    private String documentId;

    @Option(names = "--json", description = "print the store's JSON as it is")
    private boolean json;

    @Override
    public Integer call() {
        JsonNode history = servers.connect()
                .get(Service.STORE, "/api/documents/" + PathSegment.of(documentId) + "/events").requireOk().json();
        PrintWriter out = spec.commandLine().getOut();
        boolean valid = history.path("chainValid").asBoolean(false);
        if (json) {
            out.println(Json.pretty(history));
        } else {
            for (JsonNode event : history.path("events")) {
                out.printf("%4d  %-30s %-28s %s  %s%n", event.path("streamVersion").asLong(),
                        event.path("time").asText(""), event.path("type").asText(""),
                        event.path("eventId").asText(""), prefix(event.path("eventHash").asText("")));
            }
            int count = history.path("events").size();
            if (valid) {
                out.println("Hash chain valid: " + count + " event" + (count == 1 ? "" : "s") + ".");
            } else {
                JsonNode chain = history.path("chain");
                out.println("Hash chain BROKEN" + (chain.hasNonNull("brokenAt") ? " at stream version " + chain.get("brokenAt").asText() : "")
                        + (chain.hasNonNull("problem") ? ": " + chain.get("problem").asText() : "."));
            }
        }
        out.flush();
        return valid ? ExitCode.OK : ExitCode.FAILED;
    }

    private static String prefix(String hash) {
        return hash.length() > HASH_PREFIX ? hash.substring(0, HASH_PREFIX) + "…" : hash;
    }
}
