package org.annals.ingest.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;

/**
 * What the service and its parsing child JVM say to each other: one JSON object per line.
 * The service sends the settings once, the child answers {@link Ready}; then per source a
 * {@link Request} and a {@link Reply}. Anything else the child prints goes to stderr.
 */
final class ParsingProtocol {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * Starts every protocol line: the JVM itself writes to the child's stdout too (e.g.
     * "Terminating due to java.lang.OutOfMemoryError"), and such lines must not be taken for replies.
     */
    static final String MARK = "annals-parse:";

    private ParsingProtocol() {
    }

    /** The child's settings; the timeout is the service's (the child keeps a later one of its own). */
    record Settings(String tesseractPath, String ocrLanguages, int ocrDpi, long timeoutMillis, int maxTextChars,
                    int maxEmbeddedDepth, int maxEmbeddedCount, int maxOcrPages, long childHeapBytes) {

        static Settings of(ExtractionSettings s) {
            return new Settings(s.tesseractPath(), s.ocrLanguages(), s.ocrDpi(), s.timeout().toMillis(),
                    s.maxTextChars(), s.maxEmbeddedDepth(), s.maxEmbeddedCount(), s.maxOcrPages(), s.childHeapBytes());
        }

        ExtractionSettings toSettings() {
            return new ExtractionSettings(tesseractPath, ocrLanguages, ocrDpi, Duration.ofMillis(timeoutMillis),
                    maxTextChars, maxEmbeddedDepth, maxEmbeddedCount, maxOcrPages, childHeapBytes);
        }
    }

    record Ready(boolean ready, long pid) {
    }

    record Request(String source, String filename, String declaredMediaType) {
    }

    /** Exactly one of {@code extracted} and {@code failed} is set. */
    record Reply(Extraction.Extracted extracted, Extraction.Failed failed) {

        static Reply of(Extraction extraction) {
            return extraction instanceof Extraction.Extracted x ? new Reply(x, null)
                    : new Reply(null, (Extraction.Failed) extraction);
        }

        Extraction extraction() {
            return extracted != null ? extracted : failed;
        }
    }

    static String write(Object message) {
        try {
            return MARK + JSON.writeValueAsString(message); // one line: JSON escapes every newline in strings
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode " + message.getClass().getSimpleName(), e);
        }
    }

    static boolean isMessage(String line) {
        return line.startsWith(MARK);
    }

    static <T> T read(String line, Class<T> type) {
        try {
            return JSON.readValue(line.startsWith(MARK) ? line.substring(MARK.length()) : line, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a " + type.getSimpleName() + " of the parsing protocol: "
                    + (line.length() > 200 ? line.substring(0, 200) + "…" : line), e);
        }
    }
}
