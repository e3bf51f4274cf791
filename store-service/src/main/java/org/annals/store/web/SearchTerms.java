package org.annals.store.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a person typed into an FTS5 query: each word becomes a quoted phrase (quotes
 * doubled), all must occur. FTS5 operators typed by the user are searched for as words, so
 * no input can be an FTS syntax error.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    /** @return the FTS5 expression, or null when nothing searchable was typed */
    public static String match(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String match = Arrays.stream(typed.trim().split("\\s+"))
                .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
                .map(word -> "\"" + word.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(" AND "));
        return match.isEmpty() ? null : match;
    }
}
