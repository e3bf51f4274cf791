package org.annals.enrich.citations;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second opinion on where the authors end, for lists the name grammar gives up on part-way
 * ("Hussain I.; Abu Rizaiza, O.S.; &amp; Ashfq, M., 2008."): the stretch up to the first hard
 * boundary — an APA year, ", 2008", a sentence end, an opening quote — counts as the author list
 * when every word in it could belong to a name.
 */
final class AuthorRegion {

    private static final Pattern BOUNDARY = Pattern.compile(
            "\\s*\\((?:(?:1[5-9]|20)\\d\\d|n\\.\\s?d\\.|[Ii]n press|[Ff]orthcoming)|,?\\s+(?:1[5-9]|20)\\d\\d[a-z]?(?=[\\s.,:;)])|\\s[\"“«„‘]");
    private static final Set<String> CONNECTORS = Set.of("and", "&", "et", "al", "al.", "und", "y", "e", "...", "…", "others",
            "eds", "ed", "editors", "Hrsg", "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "des", "la", "le", "dos", "das", "do", "ten", "ter", "zu");
    private static final int MAX_LENGTH = 600;

    private AuthorRegion() {
    }

    /** End of a name-only stretch from {@code from}, or -1 when there is none. */
    static int end(CharSequence text, int from, int limit) {
        int to = Math.min(limit, from + MAX_LENGTH);
        int boundary = to;
        Matcher b = BOUNDARY.matcher(text).region(from, to);
        if (b.find()) {
            boundary = b.start();
        }
        for (int i = from; i < boundary; i++) {
            if (text.charAt(i) == '.' && (i + 1 == boundary || Character.isWhitespace(text.charAt(i + 1)))
                    && !TitleFinder.abbreviation(text, from, i)) {
                boundary = i;
                break;
            }
        }
        return boundary > from && allNameWords(text, from, boundary) ? boundary : -1;
    }

    private static boolean allNameWords(CharSequence text, int from, int to) {
        int words = 0;
        for (String raw : text.subSequence(from, to).toString().split("[\\s,;]+")) {
            String w = raw.replaceAll("^[*(]+|[*).:]+$", "");
            if (w.isEmpty() || CONNECTORS.contains(w) || raw.matches("\\(\\p{L}{2,12}\\.?\\)")) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0)) || !w.matches("[\\p{L}\\p{M}'’.\\-]+") || !NameWords.plausibleName(w, 0, w.length())) {
                return false;
            }
            words++;
        }
        return words > 0;
    }
}
