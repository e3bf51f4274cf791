package org.annals.enrich.citations;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where a title that starts at a given position ends. A quoted title ends at its closing
 * quote; otherwise at the first sentence end that is not an abbreviation or initial, at an opening
 * parenthesis, or — in comma-separated styles ("Feferman, S., Transfinite …, J. Symbolic Logic, 27") —
 * at a comma followed by a capitalised word or a number.
 */
final class TitleFinder {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "vs", "e.g", "i.e", "etc", "St", "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr", "cf", "al", "vol", "Vol",
            "no", "No", "ed", "Ed", "eds", "Eds", "approx", "ca", "Co", "Inc", "Ltd", "Mt", "Ft", "Nr", "nr");

    /** After a comma, the start of a container, not more title: "in Proceedings …", "Journal of …", "vol. 3". */
    private static final Pattern CONTAINER_AHEAD = Pattern.compile(
            "(?:[Ii]n:?\\s|Proc(?:eedings|\\.)|Journal\\b|J\\.\\s|Trans(?:actions|\\.)|[Vv]ol\\.|pp?\\.\\s?\\d|(?:Ph\\.?D\\.?|Masters?'?s?|Doctoral|Diploma|Bachelor'?s?)\\s(?:[Tt]hesis|[Dd]issertation)"
                    + "|[Tt]ech(?:nical|\\.)\\s[Rr]ep|\\p{Lu}{3,}\\s\\p{Lu}|(?:1[5-9]|20)\\d\\d\\b|\\d+\\s?[-–]\\s?\\d+)");
    private static final Pattern NUMBERED_PART = Pattern.compile("(?:Chapter|Chap\\.|Part|Section|Book|Volume|Vol\\.|Appendix)\\s+[\\dIVXLC]+[a-z]?");

    private TitleFinder() {
    }

    /** Start and end (exclusive) of the title, with surrounding quotes and punctuation trimmed. */
    record Span(int start, int end, boolean quoted) {
    }

    static Span find(CharSequence text, int from, int to, boolean commaStyle) {
        int start = skipSpace(text, from, to);
        if (start >= to) {
            return null;
        }
        int close = closingQuote(text, start, to);
        if (close > 0) {
            return trim(text, start + quoteLength(text, start), close, true);
        }
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            boolean spaceAfter = i + 1 >= to || Character.isWhitespace(text.charAt(i + 1));
            if ((c == '.' && spaceAfter && !abbreviation(text, start, i) && !numberedPart(text, start, i)) || ((c == '?' || c == '!') && spaceAfter)) {
                return trim(text, start, c == '.' ? i : i + 1, false);
            }
            if (c == '(' && i > start && text.charAt(i - 1) == ' ') {
                return trim(text, start, i, false);
            }
            if (c == ',' && i + 2 < to && text.charAt(i + 1) == ' ') {
                char n = text.charAt(i + 2);
                if ((commaStyle && (Character.isUpperCase(n) || Character.isDigit(n))) || CONTAINER_AHEAD.matcher(text).region(i + 2, to).lookingAt()) {
                    return trim(text, start, i, false);
                }
            }
            if (c == '<' && i + 1 < to && text.charAt(i + 1) == '/') { // end of markup such as </italic>
                int gt = indexOf(text, '>', i, to);
                if (gt > 0) {
                    if (i > start && ".?!".indexOf(text.charAt(i - 1)) >= 0) {
                        return trim(text, start, gt + 1, false);
                    }
                    i = gt;
                }
            }
            i++;
        }
        return trim(text, start, to, false);
    }

    /** Index of the quote that closes one opening at {@code start}, or -1. */
    static int closingQuote(CharSequence text, int start, int to) {
        char open = text.charAt(start);
        String closers;
        switch (open) {
            case '"' -> closers = "\"”";
            case '“' -> closers = "”\"“";
            case '„' -> closers = "“”\"";
            case '«' -> closers = "»";
            case '‘' -> closers = "’";
            case '`' -> {
                if (start + 1 < to && text.charAt(start + 1) == '`') {
                    for (int i = start + 2; i + 1 < to; i++) {
                        if (text.charAt(i) == '\'' && text.charAt(i + 1) == '\'') {
                            return i;
                        }
                    }
                }
                return -1;
            }
            default -> {
                return -1;
            }
        }
        for (int i = start + 1; i < to; i++) {
            char c = text.charAt(i);
            if (closers.indexOf(c) >= 0) {
                // a single-quote closer must not be an apostrophe inside a word
                if (open == '‘' && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    static boolean isOpeningQuote(char c) {
        return c == '"' || c == '“' || c == '„' || c == '«' || c == '‘' || c == '`';
    }

    private static int quoteLength(CharSequence text, int start) {
        return text.charAt(start) == '`' ? 2 : 1;
    }

    /** Whether the period at {@code dot} closes an initial or a known abbreviation rather than a sentence. */
    static boolean abbreviation(CharSequence text, int from, int dot) {
        int w = dot;
        while (w > from && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        if (dot - w == 1 && Character.isUpperCase(text.charAt(w))) {
            return true; // an initial
        }
        String word = text.subSequence(w, dot).toString();
        if (word.indexOf('.') > 0 && word.length() <= 6) {
            return true; // "U.S", "e.g"
        }
        return ABBREVIATIONS.contains(word);
    }

    /** "Chapter 29." opening a title is part of it, not its end. */
    private static boolean numberedPart(CharSequence text, int start, int dot) {
        return NUMBERED_PART.matcher(text).region(start, dot).matches();
    }

    private static Span trim(CharSequence text, int start, int end, boolean quoted) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || isOpeningQuote(text.charAt(start)))) {
            start++;
        }
        while (end > start && ",.;:”\"’'»“ ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > start ? new Span(start, end, quoted) : null;
    }

    private static int skipSpace(CharSequence text, int i, int to) {
        while (i < to && (Character.isWhitespace(text.charAt(i)) || ",.;:".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private static int indexOf(CharSequence text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
