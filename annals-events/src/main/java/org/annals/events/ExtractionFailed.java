package org.annals.events;

/**
 * A source whose text could not be extracted ({@code annals.extraction.failed.v1}).
 *
 * @param reason    a sentence the archivist can act on
 * @param retriable whether the same bytes may succeed later (e.g. OCR was not installed)
 */
public record ExtractionFailed(
        String ingestId,
        String documentId,
        String sourceSha256,
        String reason,
        String errorClass,
        boolean retriable) implements EventData {
}
