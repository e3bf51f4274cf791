package org.annals.enrich.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.annals.events.TextExtracted;

/**
 * The date relative expressions are resolved against: the archivist's reference date, else
 * the document's own creation date from its metadata, else none (and "last March" then gets
 * no value rather than a guess).
 */
public final class ReferenceDates {

    private static final List<String> CREATION_KEYS = List.of("dcterms:created", "dc:date");

    private ReferenceDates() {
    }

    public static LocalDate of(TextExtracted extracted) {
        if (extracted.referenceDate() != null) {
            return extracted.referenceDate();
        }
        if (extracted.metadata() == null) {
            return null;
        }
        for (String key : CREATION_KEYS) {
            Object value = extracted.metadata().get(key);
            if (value instanceof List<?> list && !list.isEmpty()) {
                value = list.get(0);
            }
            if (value instanceof String s && s.length() >= 10) {
                try {
                    return LocalDate.parse(s.substring(0, 10));
                } catch (DateTimeParseException ignored) {
                    // not an ISO date: try the next key
                }
            }
        }
        return null;
    }
}
