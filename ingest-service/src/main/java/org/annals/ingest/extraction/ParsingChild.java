package org.annals.ingest.extraction;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The parsing child JVM: reads sources one at a time with {@link TikaExtractor} and answers
 * each with its extraction (see {@link ParsingProtocol}). It runs with its own small heap and
 * exits on the first {@link OutOfMemoryError}, so a hostile file costs this process only; the
 * service ({@link ParsingProcess}) restarts it. It exits when the service closes its input or
 * dies, taking its own tesseract processes with it.
 */
public final class ParsingChild {

    /** The child keeps a timeout of its own only as a backstop, later than the service's kill. */
    private static final Duration BACKSTOP = Duration.ofSeconds(30);

    private ParsingChild() {
    }

    public static void main(String[] args) throws IOException {
        // The protocol owns stdout; Tika, PDFBox and logging write to stdout too, so they get stderr.
        PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        leaveWithTheService();

        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String first = requests.readLine();
        if (first == null) {
            return;
        }
        ExtractionSettings settings = ParsingProtocol.read(first, ParsingProtocol.Settings.class).toSettings();
        ExtractionSettings own = settings.withLimits(settings.timeout().plus(BACKSTOP), settings.maxTextChars(),
                settings.childHeapBytes());
        TikaExtractor extractor = new TikaExtractor(own, OcrEngine.detect(own));
        send(replies, new ParsingProtocol.Ready(true, ProcessHandle.current().pid()));

        for (String line = requests.readLine(); line != null; line = requests.readLine()) {
            ParsingProtocol.Request request = ParsingProtocol.read(line, ParsingProtocol.Request.class);
            Extraction result;
            try {
                result = extractor.extract(Path.of(request.source()), request.filename(), request.declaredMediaType());
            } catch (RuntimeException e) {
                result = FailureReasons.explain(e, request.declaredMediaType() == null ? "application/octet-stream"
                        : request.declaredMediaType(), settings, 0);
            }
            send(replies, ParsingProtocol.Reply.of(result));
        }
        System.exit(0);
    }

    private static void send(PrintStream replies, Object message) {
        replies.println(ParsingProtocol.write(message));
        replies.flush();
    }

    /** A service killed with SIGKILL cannot kill its child; the child notices and goes too. */
    private static void leaveWithTheService() {
        ProcessHandle.current().parent().ifPresent(service -> service.onExit().thenRun(() -> {
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            Runtime.getRuntime().halt(2);
        }));
    }
}
