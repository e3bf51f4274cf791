package org.annals.ingest.extraction;

import java.time.Duration;

/**
 * Limits and options of text extraction. The limits exist because parsing is dangerous
 * (Tika's own security model): an unlimited handler can exhaust the heap and a nested
 * archive can recurse for a long time.
 *
 * @param tesseractPath    directory holding the {@code tesseract} binary; empty: found on the PATH
 * @param ocrLanguages     Tesseract language(s), e.g. {@code eng} or {@code eng+deu}
 * @param ocrDpi           resolution at which PDF pages without a text layer are rendered for OCR
 * @param timeout          how long one source may take before it fails
 * @param maxTextChars     the longest text accepted from one source
 * @param maxEmbeddedDepth how deep documents inside documents (attachments, archive entries) are followed
 * @param maxEmbeddedCount how many embedded documents of one source are read
 */
public record ExtractionSettings(
        String tesseractPath,
        String ocrLanguages,
        int ocrDpi,
        Duration timeout,
        int maxTextChars,
        int maxEmbeddedDepth,
        int maxEmbeddedCount) {

    public static final ExtractionSettings DEFAULTS =
            new ExtractionSettings("", "eng", 300, Duration.ofSeconds(300), 10_000_000, 5, 1000);

    /** The command that runs Tesseract. */
    public String tesseractCommand() {
        return tesseractPath == null || tesseractPath.isBlank()
                ? "tesseract"
                : java.nio.file.Path.of(tesseractPath).resolve("tesseract").toString();
    }
}
