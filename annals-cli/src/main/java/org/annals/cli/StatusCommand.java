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

/** {@code annals status INGEST_ID}: where an upload is in the pipeline. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show where an upload is in the pipeline.",
                "RECEIVED, EXTRACTED, ENRICHED, RECORDED or FAILED (then with the reason); exits 1 when it FAILED."})
final class StatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HttpServers servers;

    @Parameters(paramLabel = "INGEST_ID", description = "the ingest id the upload answered with")
    private String ingestId;

    @Option(names = "--json", description = "print the ingest service's JSON as it is")
    private boolean json;

    @Override
    public Integer call() {
        JsonNode ingest = IngestStatus.read(servers.connect(), ingestId);
        PrintWriter out = spec.commandLine().getOut();
        String status = Json.text(ingest, "status");
        if (json) {
            out.println(Json.pretty(ingest));
        } else {
            out.println("Status:     " + status + (ingest.hasNonNull("edition") ? " (edition " + ingest.get("edition").asText() + ")" : ""));
            line(out, "Document:   ", Json.text(ingest, "documentId"));
            line(out, "Collection: ", Json.text(ingest, "collection"));
            line(out, "File:       ", Json.text(ingest, "filename"));
            line(out, "Received:   ", Json.text(ingest, "receivedAt"));
            line(out, "Error:      ", Json.text(ingest, "error"));
        }
        out.flush();
        return "FAILED".equals(status) ? ExitCode.FAILED : ExitCode.OK;
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.println(label + value);
        }
    }
}
