package org.annals.enrich.citations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the publication year of a reference. A year in parentheses ("(2011)", "(New York: Norton, 1995)")
 * wins; otherwise the last free-standing year, skipping page ranges ("pp. 1761–1800"), links and
 * access dates ("Retrieved June 3, 2015"), which come after the publication date.
 */
final class YearFinder {

    private static final Pattern PAREN_YEAR = Pattern.compile(
            "\\((?:[^()\\d]{0,60}?[\\s,])?((?:1[5-9]|20)\\d\\d)[a-z]?(?:[,;:\\s][^()]{0,40})?\\)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d\\p{L}/.:-])((?:1[5-9]|20)\\d\\d)(?:[a-z](?!\\p{L}))?(?![\\d/]|\\.\\d|\\s?[-–—]\\s?\\d)");
    private static final Pattern ACCESS = Pattern.compile(
            "\\b(?:[Rr]etrieved|[Aa]ccessed|[Vv]iewed|[Vv]isited|[Cc]onsulted|[Cc]ited|[Aa]bgerufen|[Cc]onsulté|[Ll]ast\\s+modified)\\b");
    private static final Pattern PAGE_CUE = Pattern.compile("(?:\\bpp?\\.|\\bpages?|:)\\s*$");

    private YearFinder() {
    }

    /** The year as four digits, or null. {@code skipFrom/skipTo} excludes a span (a link). */
    static String find(CharSequence text, int from, int to, int skipFrom, int skipTo) {
        Matcher access = ACCESS.matcher(text).region(from, to);
        int limit = access.find() ? access.start() : to;
        String year = findIn(text, from, limit, skipFrom, skipTo);
        return year != null || limit == to ? year : findIn(text, limit, to, skipFrom, skipTo);
    }

    private static String findIn(CharSequence text, int from, int limit, int skipFrom, int skipTo) {
        Matcher p = PAREN_YEAR.matcher(text).region(from, limit);
        while (p.find()) {
            if (!inside(p.start(1), skipFrom, skipTo)) {
                return p.group(1);
            }
        }
        String last = null;
        Matcher y = YEAR.matcher(text).region(from, limit);
        while (y.find()) {
            if (!inside(y.start(1), skipFrom, skipTo) && !afterPageCue(text, y.start(1))) {
                last = y.group(1);
            }
        }
        return last;
    }

    private static boolean inside(int i, int from, int to) {
        return i >= from && i < to;
    }

    private static boolean afterPageCue(CharSequence text, int i) {
        int from = Math.max(0, i - 8);
        return PAGE_CUE.matcher(text.subSequence(from, i)).find();
    }
}
