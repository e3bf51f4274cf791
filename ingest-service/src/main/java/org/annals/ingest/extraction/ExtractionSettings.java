package org.annals.ingest.extraction;

import java.time.Duration;

/**
 * Limits and options of text extraction. The limits exist because parsing is dangerous
 * (Tika's own security model): an unlimited handler can exhaust the heap and a nested
 * archive can recurse for a long time. Parsing runs in a child JVM (see {@link IsolatedParser}),
 * so a file that breaks one of these limits costs that child, never the service.
 *
 * @param tesseractPath    directory holding the {@code tesseract} binary; empty: found on the PATH
 * @param ocrLanguages     Tesseract language(s), e.g. {@code eng} or {@code eng+deu}
 * @param ocrDpi           resolution at which PDF pages without a text layer are rendered for OCR
 * @param timeout          how long one source may take before its parser is killed
 * @param maxTextChars     the longest text accepted from one source
 * @param maxEmbeddedDepth how deep documents inside documents (attachments, archive entries) are followed
 * @param maxEmbeddedCount how many embedded documents of one source are read
 * @param maxOcrPages      how many pages of one source are OCRed
 * @param childHeapBytes   the heap ({@code -Xmx}) of the child JVM that parses
 */
public record ExtractionSettings(
        String tesseractPath,
        String ocrLanguages,
        int ocrDpi,
        Duration timeout,
        int maxTextChars,
        int maxEmbeddedDepth,
        int maxEmbeddedCount,
        int maxOcrPages,
        long childHeapBytes) {

    public static final long MB = 1024L * 1024L;

    public static final ExtractionSettings DEFAULTS =
            new ExtractionSettings("", "eng", 300, Duration.ofSeconds(120), 10_000_000, 5, 1000, 500, 512 * MB);

    /** The same settings with a different timeout, text limit and child heap (tests and tuning). */
    public ExtractionSettings withLimits(Duration timeout, int maxTextChars, long childHeapBytes) {
        return new ExtractionSettings(tesseractPath, ocrLanguages, ocrDpi, timeout, maxTextChars, maxEmbeddedDepth,
                maxEmbeddedCount, maxOcrPages, childHeapBytes);
    }

    /** The same settings with another Tesseract directory. */
    public ExtractionSettings withTesseractPath(String directory) {
        return new ExtractionSettings(directory, ocrLanguages, ocrDpi, timeout, maxTextChars, maxEmbeddedDepth,
                maxEmbeddedCount, maxOcrPages, childHeapBytes);
    }

    /** The command that runs Tesseract. */
    public String tesseractCommand() {
        return tesseractPath == null || tesseractPath.isBlank()
                ? "tesseract"
                : java.nio.file.Path.of(tesseractPath).resolve("tesseract").toString();
    }

    /** The child heap in whole megabytes, as {@code -Xmx} takes it and a person reads it. */
    public long childHeapMegabytes() {
        return Math.max(1, childHeapBytes / MB);
    }
}
