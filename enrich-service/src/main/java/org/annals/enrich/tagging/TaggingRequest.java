package org.annals.enrich.tagging;

import java.time.LocalDate;

/**
 * A text to tag.
 *
 * @param referenceDate the document's own date, against which "last March" is resolved; null when unknown
 * @param language      BCP 47 tag if known ("en"); the taggers are English for now
 */
public record TaggingRequest(String text, LocalDate referenceDate, String language) {
}
