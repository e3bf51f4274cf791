package org.annals.ingest.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.events.TextExtracted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses every source in a child JVM ({@link ParsingChild}) with its own heap, so a file that
 * exhausts memory, hangs a parser or crashes native code costs that child and never the
 * service. Each extraction worker thread borrows one child at a time; a child that was killed
 * or died is dropped and the next source starts a fresh one.
 */
public final class IsolatedParser implements SourceParser, AutoCloseable {

    /** How long a child may take to start and load Tika before a source fails as not readable now. */
    static final Duration START_LIMIT = Duration.ofSeconds(120);
    private static final Logger LOG = LoggerFactory.getLogger(IsolatedParser.class);

    private final ExtractionSettings settings;
    private final List<String> command;
    private final Deque<ParsingProcess> idle = new ArrayDeque<>();
    private final List<ParsingProcess> running = new ArrayList<>();
    private final AtomicLong started = new AtomicLong();
    private boolean closed;

    public IsolatedParser(ExtractionSettings settings) {
        this.settings = settings;
        this.command = childCommand(settings);
    }

    @Override
    public TextExtracted.Extractor extractor() {
        return TikaExtractor.identity();
    }

    @Override
    public Extraction extract(Path source, String filename, String declaredMediaType) {
        long begun = System.nanoTime();
        ParsingProcess child;
        try {
            child = borrow();
        } catch (IOException e) {
            LOG.error("Cannot start a parsing child: {}", e.getMessage());
            return FailureReasons.unavailable(e.getMessage(),
                    declaredMediaType == null ? "application/octet-stream" : declaredMediaType,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun));
        }
        try {
            return child.parse(source, filename, declaredMediaType);
        } catch (InterruptedException e) {
            child.kill();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting " + filename, e);
        } finally {
            giveBack(child);
        }
    }

    /** How many children were started so far: one, plus one per child killed or died. */
    public long childrenStarted() {
        return started.get();
    }

    private ParsingProcess borrow() throws IOException {
        synchronized (this) {
            if (closed) {
                throw new IOException("the ingest service is shutting down");
            }
            while (!idle.isEmpty()) {
                ParsingProcess child = idle.pop();
                if (child.usable()) {
                    return child;
                }
                running.remove(child);
            }
        }
        ParsingProcess child = ParsingProcess.start(command, settings, START_LIMIT);
        started.incrementAndGet();
        synchronized (this) {
            running.add(child);
        }
        return child;
    }

    private synchronized void giveBack(ParsingProcess child) {
        if (child.usable() && !closed) {
            idle.push(child);
        } else {
            child.kill();
            running.remove(child);
        }
    }

    @Override
    public void close() {
        List<ParsingProcess> all;
        synchronized (this) {
            closed = true;
            all = List.copyOf(running);
            running.clear();
            idle.clear();
        }
        all.forEach(ParsingProcess::close);
    }

    /** The same JVM and classpath as the service, with the child's own heap; exits on the first OOM. */
    private static List<String> childCommand(ExtractionSettings settings) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.childHeapMegabytes() + "m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                ParsingChild.class.getName());
    }
}
