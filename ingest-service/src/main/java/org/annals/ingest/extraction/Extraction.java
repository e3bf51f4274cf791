package org.annals.ingest.extraction;

import java.util.Map;
import org.annals.events.TextExtracted;

/** The outcome of extracting one source: its text, or a reason a person can act on. */
public sealed interface Extraction {

    record Extracted(
            String mediaType,
            String text,
            String language,
            Integer pages,
            TextExtracted.Ocr ocr,
            int ocrPages,
            Map<String, Object> metadata,
            long durationMs) implements Extraction {
    }

    /**
     * @param reason     a sentence the archivist can act on
     * @param errorClass a short machine-readable class, e.g. {@code EncryptedDocument}
     * @param retriable  whether the same bytes may succeed later without being changed
     */
    record Failed(String reason, String errorClass, boolean retriable, String mediaType, long durationMs)
            implements Extraction {
    }
}
