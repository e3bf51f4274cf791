package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals get DOCUMENT}: a document, or one edition's text, tags or original bytes. */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show a document and its editions, or an edition's text, tags or original file.")
final class GetCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HttpServers servers;

    @Parameters(paramLabel = "DOCUMENT", description = "the document id")
    private String documentId;

    @Option(names = "--edition", paramLabel = "N", description = "which edition (default: the latest)")
    private Integer edition;

    @ArgGroup(exclusive = true)
    private Part part;

    static final class Part {
        @Option(names = "--text", required = true, description = "print the edition's text")
        boolean text;

        @Option(names = "--tags", required = true, description = "print its tags, one per line: TYPE  start-end  text  → value")
        boolean tags;

        @Option(names = "--source", required = true, description = "write the original file to stdout, or to -o FILE")
        boolean source;

        @Option(names = "--json", required = true, description = "print the store's JSON as it is")
        boolean json;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "with --source: write the file here")
    private Path output;

    GetCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (output != null && (part == null || !part.source)) {
            throw new ParameterException(spec.commandLine(), "-o/--output goes with --source");
        }
        if (edition != null && edition < 1) {
            throw new ParameterException(spec.commandLine(), "--edition counts from 1, not " + edition);
        }
        Connection connection = servers.connect();
        PrintWriter out = spec.commandLine().getOut();
        String documentPath = "/api/documents/" + PathSegment.of(documentId);
        if (part == null || (part.json && edition == null)) {
            JsonNode document = connection.get(Service.STORE, documentPath).requireOk().json();
            if (part != null) {
                out.println(Json.pretty(document));
            } else if (edition == null) {
                printDocument(out, document);
            } else {
                printEdition(out, edition(connection, documentPath, edition));
            }
        } else if (part.json) {
            out.println(Json.pretty(edition(connection, documentPath, edition)));
        } else {
            int n = edition != null ? edition : latestEdition(connection, documentPath);
            if (part.source) {
                writeSource(connection, documentPath + "/editions/" + n + "/source");
            } else {
                JsonNode view = edition(connection, documentPath, n);
                if (part.text) {
                    out.println(view.path("text").asText(""));
                } else {
                    view.path("tags").forEach(tag -> out.println(TagLine.of(tag)));
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static JsonNode edition(Connection connection, String documentPath, int n) {
        return connection.get(Service.STORE, documentPath + "/editions/" + n).requireOk().json();
    }

    private static int latestEdition(Connection connection, String documentPath) {
        JsonNode document = connection.get(Service.STORE, documentPath).requireOk().json();
        int latest = document.path("latestEdition").asInt(0);
        if (latest < 1) {
            throw new CommandFailed("document " + Json.text(document, "documentId") + " has no edition yet");
        }
        return latest;
    }

    private void writeSource(Connection connection, String path) {
        HttpResponse<InputStream> response = connection.send(Service.STORE,
                connection.request(Service.STORE, path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                new Reply(Service.STORE, response.statusCode(), response.headers(), body.readAllBytes()).requireOk();
                throw new CommandFailed("the store answered HTTP " + response.statusCode());
            }
            if (output != null) {
                // Written beside the target and moved into place, so a broken transfer leaves no half file.
                Path absolute = output.toAbsolutePath();
                Path partial = Files.createTempFile(absolute.getParent(), ".annals-", ".part");
                try {
                    Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(partial);
                }
            } else {
                spec.commandLine().getOut().flush();
                OutputStream stdout = terminal.stdout();
                body.transferTo(stdout);
                stdout.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the source" + (output == null ? "" : " to " + output)
                    + ": " + e.getMessage(), e);
        }
    }

    private static void printDocument(PrintWriter out, JsonNode document) {
        out.println("Document:   " + Json.text(document, "documentId"));
        String title = Json.text(document, "title");
        if (title != null) {
            out.println("Title:      " + title);
        }
        out.println("Collection: " + Json.text(document, "collection"));
        out.println("Editions:   " + document.path("editionCount").asInt() + " (latest " + document.path("latestEdition").asInt() + ")");
        for (JsonNode e : document.path("editions")) {
            out.printf("  %3d  %-10s %-28s %s%s%n", e.path("edition").asInt(), e.path("status").asText(""),
                    e.path("recordedAt").asText("-"), e.path("filename").asText(""),
                    e.hasNonNull("error") ? "  — " + e.get("error").asText() : "");
        }
    }

    private static void printEdition(PrintWriter out, JsonNode view) {
        out.println("Document:   " + Json.text(view, "documentId") + ", edition " + view.path("edition").asInt());
        out.println("Status:     " + Json.text(view, "status"));
        out.println("File:       " + Json.text(view, "filename") + " (" + Json.text(view, "mediaType") + ", "
                + ProgressBar.bytes(view.path("size").asLong()) + ")");
        out.println("Recorded:   " + view.path("recordedAt").asText("-"));
        out.println("Text:       " + view.path("text").asText("").length() + " characters, "
                + view.path("tags").size() + " tags (enrichment revision " + view.path("enrichmentRevision").asInt() + ")");
        if (view.hasNonNull("error")) {
            out.println("Error:      " + view.get("error").asText());
        }
    }
}
