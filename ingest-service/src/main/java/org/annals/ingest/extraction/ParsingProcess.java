package org.annals.ingest.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One parsing child JVM as the service sees it: started with its own heap, handed one source
 * at a time and watched. A child that does not answer within the timeout is killed together
 * with its descendants (tesseract); one that dies is asked for its exit code, which tells an
 * exhausted heap ({@code -XX:+ExitOnOutOfMemoryError} exits with 3) from any other crash.
 * A killed or dead child is never used again.
 */
final class ParsingProcess {

    /** What {@code -XX:+ExitOnOutOfMemoryError} exits with. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ParsingProcess.class);

    private final ExtractionSettings settings;
    private final Process process;
    private final Writer requests;
    /** Lines from the child's stdout; an empty Optional marks its end. */
    private final BlockingQueue<Optional<String>> replies = new LinkedBlockingQueue<>();
    private volatile boolean usable = true;

    private ParsingProcess(ExtractionSettings settings, Process process) {
        this.settings = settings;
        this.process = process;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readReplies, "parsing-child-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a child and waits until it has loaded Tika and is ready for sources. */
    static ParsingProcess start(List<String> command, ExtractionSettings settings, Duration startLimit)
            throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT) // the child's log joins the service's
                .start();
        ParsingProcess child = new ParsingProcess(settings, process);
        try {
            child.send(ParsingProtocol.write(ParsingProtocol.Settings.of(settings)));
            Optional<String> ready = child.replies.poll(startLimit.toMillis(), TimeUnit.MILLISECONDS);
            if (ready == null || ready.isEmpty()) {
                child.kill();
                throw new IOException(ready == null
                        ? "the parsing child did not get ready within " + startLimit.toSeconds() + " s"
                        : "the parsing child exited with code " + process.waitFor() + " while starting");
            }
            ParsingProtocol.read(ready.get(), ParsingProtocol.Ready.class);
            LOG.info("Parsing child {} is ready (heap {} MB)", process.pid(), settings.childHeapMegabytes());
            return child;
        } catch (InterruptedException e) {
            child.kill();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the parsing child started", e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean usable() {
        return usable && process.isAlive();
    }

    /** Parses one source in the child; a timeout, an exhausted heap or a crash become a failure naming the cause. */
    Extraction parse(Path source, String filename, String declaredMediaType) throws InterruptedException {
        long started = System.nanoTime();
        String mediaType = declaredMediaType == null ? "application/octet-stream" : declaredMediaType;
        try {
            send(ParsingProtocol.write(new ParsingProtocol.Request(source.toString(), filename, declaredMediaType)));
        } catch (IOException e) {
            return died(mediaType, started);
        }
        Optional<String> reply = replies.poll(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        if (reply == null) {
            LOG.warn("Parsing child {} took longer than {} s on {}; killing it and its processes", process.pid(),
                    settings.timeout().toSeconds(), filename);
            kill();
            return FailureReasons.timedOut(mediaType, settings, elapsed(started));
        }
        if (reply.isEmpty()) {
            return died(mediaType, started);
        }
        return ParsingProtocol.read(reply.get(), ParsingProtocol.Reply.class).extraction();
    }

    private Extraction died(String mediaType, long started) throws InterruptedException {
        usable = false;
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            kill();
        }
        int exit = process.isAlive() ? -1 : process.exitValue();
        LOG.warn("Parsing child {} died with exit code {}", process.pid(), exit);
        return exit == OUT_OF_MEMORY_EXIT
                ? FailureReasons.outOfMemory(mediaType, settings, elapsed(started))
                : FailureReasons.crashed(exit, mediaType, elapsed(started));
    }

    /**
     * Kills the child's processes (tesseract) first, then the child: once the child is gone its
     * orphans are no longer its descendants and could not be found any more.
     */
    void kill() {
        usable = false;
        List<ProcessHandle> orphansToBe = process.descendants().toList();
        orphansToBe.forEach(ProcessHandle::destroyForcibly);
        killDescendants(); // any started while the first ones were killed
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void killDescendants() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    /** Closes the child's input, on which it exits; kills it if it does not. */
    void close() {
        usable = false;
        try {
            requests.close();
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                return;
            }
        } catch (IOException ignored) {
            // already gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }

    private void send(String line) throws IOException {
        requests.write(line);
        requests.write('\n');
        requests.flush();
    }

    private void readReplies() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (ParsingProtocol.isMessage(line)) {
                    replies.add(Optional.of(line));
                } else {
                    LOG.warn("Parsing child {}: {}", process.pid(), line);
                }
            }
        } catch (IOException ignored) {
            // the child died; its end is reported below
        }
        replies.add(Optional.empty());
    }

    private static long elapsed(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
