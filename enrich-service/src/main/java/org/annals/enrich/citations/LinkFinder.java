package org.annals.enrich.citations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds URLs and DOIs: "https://…", "www.…", "doi:10.…", "https://doi.org/10.…", bare "10.1000/xyz". */
final class LinkFinder {

    /** A link's span and its cleaned form (trailing sentence punctuation removed). */
    record Link(int start, int end, String url) {
    }

    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|ftp://|www\\.)[^\\s<>\"“”]++"
                    + "|(?i:doi)\\s?:\\s?10\\.\\d{4,9}/[^\\s<>\"“”]++"
                    + "|(?<![\\w./])10\\.\\d{4,9}/[^\\s<>\"“”]++");

    private LinkFinder() {
    }

    static Matcher matcher(CharSequence text) {
        return LINK.matcher(text);
    }

    /** Every link holds a slash; a line without one is skipped without running the pattern. */
    static boolean mayHoldLink(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '/') {
                return true;
            }
        }
        return false;
    }

    /** The first link in {@code [from, to)}, or null. */
    static Link first(CharSequence text, int from, int to) {
        if (!mayHoldLink(text, from, to)) {
            return null;
        }
        Matcher m = LINK.matcher(text).region(from, to);
        return m.find() ? toLink(text, m.start(), m.end()) : null;
    }

    /** Trims punctuation that ends the sentence rather than the link; keeps a ")" that closes one inside it. */
    static Link toLink(CharSequence text, int start, int end) {
        while (end > start) {
            char c = text.charAt(end - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '\'' || c == '’' || c == ']' || c == '>' || c == '»') {
                end--;
            } else if (c == ')' && count(text, start, end, '(') < count(text, start, end, ')')) {
                end--;
            } else {
                break;
            }
        }
        return new Link(start, end, text.subSequence(start, end).toString());
    }

    private static int count(CharSequence text, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
