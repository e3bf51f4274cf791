package org.annals.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Map;

/**
 * The text and metadata Tika (and Tesseract, for scans) extracted from a source ({@code annals.text.extracted.v1}).
 *
 * @param referenceDate optional: the document's own date as the archivist gave it with the upload, carried
 *                      along so enrichment can resolve relative dates ("last March") without the source event
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextExtracted(
        String ingestId,
        String documentId,
        String sourceSha256,
        String mediaType,
        String text,
        String textSha256,
        String language,
        Integer pages,
        Ocr ocr,
        Map<String, Object> metadata,
        Extractor extractor,
        long durationMs,
        LocalDate referenceDate) implements EventData {

    /** Whether OCR produced (part of) the text, and how confident it was (0–100, Tesseract's scale). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ocr(boolean used, String engine, String languages, Double meanConfidence) {
        public static final Ocr NOT_USED = new Ocr(false, null, null, null);
    }

    public record Extractor(String name, String version) {
    }
}
