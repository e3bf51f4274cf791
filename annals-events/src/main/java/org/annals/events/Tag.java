package org.annals.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One tagged span of an extracted text (DESIGN §3). {@code start}/{@code end} are UTF-16
 * indices into the text, end exclusive.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tag(Kind type, int start, int end, String text, String value, Double confidence, Citation citation) {

    public enum Kind { DATE, PERSON, CITATION }

    /** Parsed fields of a reference (CSL-JSON-like); absent fields are null and omitted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Citation(String author, String title, String locator, String url, String year, Boolean quoted) {
    }
}
