package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals upload FILE|DIR…}: deposit sources, several at a time, and say what became of each. */
@Command(name = "upload", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Upload files, and every file under the directories given.",
                "Hidden files and folders are skipped. Prints '<n> accepted, <n> duplicate, <n> rejected' "
                        + "and why each rejected file was refused; exits 1 when any file was rejected or "
                        + "could not be sent."})
final class UploadCommand implements Callable<Integer> {

    /** The Dublin Core elements the ingest service accepts as form fields. */
    static final List<String> DUBLIN_CORE = List.of("title", "creator", "subject", "description", "publisher",
            "contributor", "date", "type", "format", "identifier", "source", "language", "relation", "coverage",
            "rights");

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HttpServers servers;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files, or directories to upload recursively")
    private List<Path> paths;

    @Option(names = "--collection", paramLabel = "NAME", description = "the collection the sources belong to")
    private String collection;

    @Option(names = "--title", paramLabel = "TEXT", description = "the title (Dublin Core title)")
    private String title;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "the documents' own date, against which \"last March\" is resolved")
    private String referenceDate;

    @Option(names = "--meta", paramLabel = "KEY=VALUE",
            description = "a Dublin Core field (creator, subject, description, publisher, contributor, date, type, "
                    + "format, identifier, source, language, relation, coverage, rights); repeatable")
    private Map<String, String> metadata = new LinkedHashMap<>();

    @Option(names = "--document-id", paramLabel = "ID",
            description = "the document the file is a new edition of (exactly one file); "
                    + "by default the id is derived from the file's content")
    private String documentId;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "files sent at the same time (default ${DEFAULT-VALUE})")
    private int parallel;

    @Option(names = "--wait", description = "after uploading, wait until every file is RECORDED or FAILED")
    private boolean waitForRecording;

    UploadCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> fields = formFields();
        if (parallel < 1 || parallel > 64) {
            throw new ParameterException(spec.commandLine(), "--parallel must be between 1 and 64, not " + parallel);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceFiles sources = SourceFiles.collect(paths);
        if (sources.hiddenSkipped() > 0) {
            err.println("Skipped " + sources.hiddenSkipped() + " hidden file" + (sources.hiddenSkipped() == 1 ? "" : "s")
                    + " or folder" + (sources.hiddenSkipped() == 1 ? "" : "s") + ".");
        }
        if (sources.files().isEmpty()) {
            throw new CommandFailed("nothing to upload: no files in " + paths);
        }
        if (documentId != null && sources.files().size() != 1) {
            throw new ParameterException(spec.commandLine(), "--document-id names one document, but "
                    + sources.files().size() + " files were given; leave it out to let each file have its own id");
        }
        Connection connection = servers.connect();
        List<UploadOutcome> outcomes = send(new Submission(connection, fields), sources.files(), err);

        Map<UploadOutcome.Kind, Integer> counts = new EnumMap<>(UploadOutcome.Kind.class);
        outcomes.forEach(o -> counts.merge(o.kind(), 1, Integer::sum));
        int failed = counts.getOrDefault(UploadOutcome.Kind.FAILED, 0);
        out.println(counts.getOrDefault(UploadOutcome.Kind.ACCEPTED, 0) + " accepted, "
                + counts.getOrDefault(UploadOutcome.Kind.DUPLICATE, 0) + " duplicate, "
                + counts.getOrDefault(UploadOutcome.Kind.REJECTED, 0) + " rejected"
                + (failed > 0 ? ", " + failed + " failed" : ""));
        outcomes.stream().filter(o -> !o.deposited()).forEach(o -> out.println(o.describe()));
        boolean allSent = outcomes.stream().allMatch(UploadOutcome::deposited);
        boolean allRecorded = !waitForRecording || awaitRecording(connection, outcomes, out);
        out.flush();
        return allSent && allRecorded ? ExitCode.OK : ExitCode.FAILED;
    }

    private Map<String, String> formFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (!DUBLIN_CORE.contains(key)) {
                throw new ParameterException(spec.commandLine(), "--meta " + key + ": not a Dublin Core element; use one of "
                        + String.join(", ", DUBLIN_CORE));
            }
            fields.put(key, value);
        });
        if (title != null) {
            if (fields.containsKey("title")) {
                throw new ParameterException(spec.commandLine(), "give the title once: --title or --meta title=…");
            }
            fields.put("title", title);
        }
        if (referenceDate != null) {
            try {
                LocalDate.parse(referenceDate);
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(),
                        "--reference-date must be a date such as 1921-03-16, not '" + referenceDate + "'");
            }
            fields.put("referenceDate", referenceDate);
        }
        if (collection != null) {
            fields.put("collection", collection);
        }
        if (documentId != null) {
            fields.put("documentId", documentId);
        }
        return fields;
    }

    private List<UploadOutcome> send(Submission submission, List<Path> files, PrintWriter err) throws InterruptedException {
        UploadProgress progress = new UploadProgress(err, terminal.interactive(), files.size(), totalBytes(files));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, files.size()), runnable -> {
            Thread thread = new Thread(runnable, "annals-upload");
            thread.setDaemon(true);
            return thread;
        });
        try {
            progress.start();
            List<Future<UploadOutcome>> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(pool.submit(() -> {
                    UploadOutcome outcome = submission.send(file);
                    progress.finished(outcome);
                    return outcome;
                }));
            }
            List<UploadOutcome> outcomes = new ArrayList<>();
            for (Future<UploadOutcome> future : pending) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    // The service is down (or a bug): no point sending the rest.
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
            progress.end();
        }
    }

    /** Polls each deposited file's ingest until it is RECORDED or FAILED; true if all were recorded. */
    private boolean awaitRecording(Connection connection, List<UploadOutcome> outcomes, PrintWriter out)
            throws InterruptedException {
        boolean allRecorded = true;
        for (UploadOutcome outcome : outcomes) {
            if (!outcome.deposited()) {
                continue;
            }
            JsonNode ingest = IngestStatus.awaitSettled(connection, outcome.ingestId(), terminal.pollInterval());
            String status = Json.text(ingest, "status");
            if ("RECORDED".equals(status)) {
                out.println("recorded  " + outcome.file() + "  document " + outcome.documentId()
                        + "  edition " + ingest.path("edition").asText("?"));
            } else {
                allRecorded = false;
                out.println("failed    " + outcome.file() + ": " + Json.text(ingest, "error"));
            }
        }
        return allRecorded;
    }

    private static long totalBytes(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException ignored) {
                // Reported as FAILED when it is sent.
            }
        }
        return total;
    }
}
