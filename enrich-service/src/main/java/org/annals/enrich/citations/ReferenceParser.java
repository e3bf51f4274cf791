package org.annals.enrich.citations;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a bibliographic reference string into author, year, title, locator and link.
 * Handles the common orders: author–year–title (APA, Harvard, Chicago author-date),
 * author–title–…–year (MLA, Chicago notes, IEEE, Vancouver), quoted titles, and
 * title-first entries.
 */
final class ReferenceParser {

    /** "[12]", "(12)", "12.", "12)" before a reference in a numbered list. */
    static final Pattern CITATION_NUMBER = Pattern.compile(
            "\\s*(?:\\[\\d{1,4}[a-z]?\\]|\\(\\d{1,4}\\)|\\d{1,4}[.)](?=\\s)|\\d{1,3}(?=\\s+\\p{Lu}[\\p{L}'’-]+,\\s))\\s*");
    /** "———." or "---." standing for the previous entry's author in a bibliography. */
    static final Pattern SAME_AUTHOR = Pattern.compile("\\s*(?:[-—–_―]\\s?){2,}+[.,]?\\s*");
    /** A year (or its stand-ins) right after the authors: "(2011).", "2003.", "(1991a)", "(n.d.)", "(in press)". */
    private static final Pattern LEADING_YEAR = Pattern.compile(
            "[\\s,.:;]*(?:\\((?:(?:1[5-9]|20)\\d\\d[a-z]?(?:\\s?[-–/]\\s?\\d{2,4}[a-z]?)?(?:,[^()]{1,25})?|n\\.\\s?d\\.|s\\.\\s?d\\.|[Ii]n\\s+press|[Ii]n\\s+preparation|[Ff]orthcoming)\\)"
                    + "|(?:1[5-9]|20)\\d\\d[a-z]?(?:[-–/]\\d{2,4})?(?=[\\s.,:;]|$))(?:\\s*[.,:;])?");
    /** An organisation as author before an APA year: "World Health Organization (2008)." */
    private static final Pattern ORGANISATION_BEFORE_YEAR = Pattern.compile(
            "(\\p{Lu}[^();:\"“”]{1,140}?)\\.?\\s*\\((?:(?:1[5-9]|20)\\d\\d[a-z]?|n\\.\\s?d\\.)\\)");
    private static final Pattern LOWER_CASE_CONTENT_WORD = Pattern.compile(
            "(?<![\\p{L}'’-])(?!(?:of|and|the|for|on|in|at|de|du|des|la|le|et|für|und|y|del|di|da)\\b)\\p{Ll}");
    private static final Pattern PAGES = Pattern.compile("(?:\\b(?:pp?|S|pgs?)\\.\\s?|\\bpages?\\s)\\d+(?:\\s?[-–—]\\s?\\d+)?");
    private static final Pattern VOLUME = Pattern.compile("\\b(?:[Vv]ol|[Cc]hap|[Cc]h)\\.\\s?[\\dIVXLC]+");

    private final AuthorListParser authors = new AuthorListParser();

    ParsedReference parse(CharSequence text, int start, int end) {
        int p = start;
        Matcher num = CITATION_NUMBER.matcher(text).region(start, end);
        if (num.lookingAt()) {
            p = num.end();
        }
        LinkFinder.Link link = LinkFinder.first(text, p, end);
        int bodyEnd = link == null ? end : link.start();

        String author = null;
        int names = 0;
        int after = p;
        boolean commaStyle = false;
        Matcher same = SAME_AUTHOR.matcher(text).region(p, bodyEnd);
        boolean sameAuthor = same.lookingAt();
        Optional<AuthorList> list = sameAuthor ? Optional.empty() : authors.parse(text, p, bodyEnd);
        if (sameAuthor) {
            after = same.end();
        } else if (list.isPresent()) {
            author = clean(text, list.get().start(), list.get().end());
            names = list.get().names();
            after = list.get().end();
            commaStyle = list.get().commaFollows();
            int region = AuthorRegion.end(text, p, bodyEnd);
            if (region > after && hasListSeparator(text, after, region)) {
                author = clean(text, p, region); // the grammar stopped inside a list that goes on
                names = Math.max(names, 2);
                after = region;
                commaStyle = false;
            }
        } else {
            Matcher org = ORGANISATION_BEFORE_YEAR.matcher(text).region(p, bodyEnd);
            if (org.lookingAt() && words(org.group(1)) <= 12 && !LOWER_CASE_CONTENT_WORD.matcher(org.group(1)).find()) {
                author = clean(text, org.start(1), org.end(1));
                after = org.end(1);
            }
        }

        boolean leadingYear = false;
        if (author != null || sameAuthor) {
            Matcher y = LEADING_YEAR.matcher(text).region(after, bodyEnd);
            if (y.lookingAt()) {
                after = y.end();
                leadingYear = true;
                commaStyle = text.charAt(after - 1) == ',';
            }
        }
        TitleFinder.Span title = TitleFinder.find(text, after, bodyEnd, commaStyle);
        if (author == null && !sameAuthor && title != null) {
            // title-first entries: "Differences in … levels. Pérez-Higueras JJ, Arias A. 2014, …"
            int q = title.end();
            while (q < bodyEnd && ",.;:”\"’») ".indexOf(text.charAt(q)) >= 0) {
                q++;
            }
            Optional<AuthorList> later = authors.parse(text, q, bodyEnd);
            if (later.isPresent() && closesList(text, later.get().end(), bodyEnd)) {
                author = clean(text, later.get().start(), later.get().end());
                names = later.get().names();
            }
        }
        String year = YearFinder.find(text, p, end, link == null ? -1 : link.start(), link == null ? -1 : link.end());
        String locator = firstMatch(PAGES, text, p, bodyEnd);
        if (locator == null) {
            locator = firstMatch(VOLUME, text, p, bodyEnd);
        }
        return new ParsedReference(author, names, title == null ? null : clean(text, title.start(), title.end()),
                title != null && title.quoted(), year, locator, link == null ? null : link.url(), leadingYear, sameAuthor);
    }

    private static String firstMatch(Pattern p, CharSequence text, int from, int to) {
        Matcher m = p.matcher(text).region(from, to);
        return m.find() ? m.group() : null;
    }

    /** A list of authors ends at punctuation or a year, not in the middle of a sentence. */
    private static boolean closesList(CharSequence text, int end, int limit) {
        int i = end;
        while (i < limit && text.charAt(i) == ' ') {
            i++;
        }
        return i >= limit || ".,;:(".indexOf(text.charAt(i)) >= 0 || text.charAt(end - 1) == '.' || Character.isDigit(text.charAt(i));
    }

    private static boolean hasListSeparator(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '&') {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        return s.trim().split("\\s+").length;
    }

    /** The span's text with runs of white space collapsed and list punctuation trimmed. */
    static String clean(CharSequence text, int start, int end) {
        while (end > start && ",;: ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        StringBuilder b = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }
}
