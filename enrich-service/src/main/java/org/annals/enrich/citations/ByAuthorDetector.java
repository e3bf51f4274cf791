package org.annals.enrich.citations;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.events.Tag;

/**
 * "the Communist Manifesto by Marx and Engels", "“The State and Revolution” by Lenin": a capitalised
 * (or quoted) title, "by", and names. Titles ending in an institution word ("the Justice Department by …")
 * are actions of bodies, not works, and are skipped.
 */
final class ByAuthorDetector implements InlineDetector {

    private static final Pattern BY = Pattern.compile("\\sby\\s+(?=\\p{Lu})");
    private static final Set<String> JOINERS = Set.of("of", "the", "and", "in", "on", "for", "to", "a", "an", "de", "la", "du", "des", "&");
    private static final Set<String> BODIES = Set.of("Department", "Committee", "Company", "Corp", "Corporation", "Inc", "Court",
            "Party", "Government", "Agency", "Bank", "Council", "Ministry", "Police", "Army", "Navy", "Senate", "House", "Congress",
            "Administration", "Office", "Board", "Commission", "Service", "Group", "Union", "Association", "Team", "Club", "Airlines",
            "Airport", "Station", "Church", "School", "University", "College", "Hospital", "Fund", "Exchange", "Reserve", "Force",
            "Forces", "Authority", "Guard", "Bureau", "Institute", "Foundation", "Organization", "Organisation", "Assembly", "Parliament");
    private static final Set<String> TIME_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Spring", "Summer", "Autumn", "Winter");
    private static final int MAX_TITLE_WORDS = 12;

    @Override
    public void detect(CharSequence text, int start, int end, List<Candidate> out) {
        Matcher by = BY.matcher(text).region(start, end);
        while (by.find()) {
            int titleEnd = by.start();
            int titleStart = titleStart(text, start, titleEnd);
            if (titleStart < 0) {
                continue;
            }
            int namesEnd = PersonNames.listEnd(text, by.end(), end);
            if (namesEnd < 0) {
                continue;
            }
            int spanStart = withArticle(text, start, titleStart);
            String title = ReferenceParser.clean(text, titleStart, titleEnd).replaceAll("^[\"“«„]|[\"”»,]+$", "");
            out.add(new Candidate(spanStart, namesEnd, 0.7, new Tag.Citation(ReferenceParser.clean(text, by.end(), namesEnd),
                    title, null, null, null, Boolean.FALSE)));
        }
    }

    /** Start of a quoted or capitalised title ending at {@code end}, or -1. */
    private static int titleStart(CharSequence text, int lineStart, int end) {
        int e = end;
        while (e > lineStart && ",".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e > lineStart && "\"”»".indexOf(text.charAt(e - 1)) >= 0) {
            for (int i = e - 2; i >= lineStart && i >= e - 200; i--) {
                if (TitleFinder.isOpeningQuote(text.charAt(i))) {
                    return e - i > 4 ? i : -1;
                }
            }
            return -1;
        }
        // walk back over capitalised words and joiners; the first word must be capitalised
        int words = 0;
        int capitalised = 0;
        int first = -1;
        int i = e;
        while (i > lineStart && words < MAX_TITLE_WORDS) {
            int w = i;
            while (w > lineStart && !Character.isWhitespace(text.charAt(w - 1))) {
                w--;
            }
            String word = text.subSequence(w, i).toString();
            if (word.isEmpty() || !word.matches("[\\p{L}'’&-]+")) {
                break;
            }
            if (Character.isUpperCase(word.charAt(0))) {
                if (words == 0 && BODIES.contains(word) || TIME_WORDS.contains(word)) {
                    return -1;
                }
                capitalised++;
                first = w;
            } else if (!JOINERS.contains(word)) {
                break;
            }
            words++;
            i = w - 1;
        }
        if (capitalised < 2 || first < 0 || sentenceStart(text, lineStart, first)) {
            return -1;
        }
        return first;
    }

    /** A capitalised first word of a sentence says nothing about titles. */
    private static boolean sentenceStart(CharSequence text, int lineStart, int w) {
        int i = w - 1;
        while (i >= lineStart && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < lineStart || ".!?:;\"“".indexOf(text.charAt(i)) >= 0;
    }

    private static int withArticle(CharSequence text, int lineStart, int titleStart) {
        if (titleStart - 4 >= lineStart && text.subSequence(titleStart - 4, titleStart).toString().equalsIgnoreCase("the ")
                && (titleStart - 4 == lineStart || !Character.isLetter(text.charAt(titleStart - 5)))) {
            return titleStart - 4;
        }
        return titleStart;
    }
}
