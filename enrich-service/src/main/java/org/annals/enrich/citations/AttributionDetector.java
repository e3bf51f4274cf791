package org.annals.enrich.citations;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.events.Tag;

/**
 * Attribution after a quotation: a dash, a name, optionally a title —
 * "– Alexandra Kollontai, The Workers' Opposition", "— Lenin". It stands at the start of a line,
 * or on the quotation's own line right after the closing quote.
 */
final class AttributionDetector implements InlineDetector {

    private static final int MAX_LENGTH = 250;
    private static final Pattern DASH = Pattern.compile("(?:[–—―]|--?|~)\\s*");
    private static final Pattern AFTER_QUOTE = Pattern.compile("[\"”»'’]\\s*(?:[–—―]|--)\\s*");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(",\\s+|\\s+in\\s+|:\\s+");

    @Override
    public void detect(CharSequence text, int start, int end, List<Candidate> out) {
        Matcher dash = DASH.matcher(text).region(start, end);
        if (dash.lookingAt() && end - start <= MAX_LENGTH) {
            read(text, start, dash.end(), end, closesQuotation(text, start), out);
            return;
        }
        Matcher q = AFTER_QUOTE.matcher(text).region(start, end);
        while (q.find()) {
            int dashAt = q.start() + 1;
            while (Character.isWhitespace(text.charAt(dashAt))) {
                dashAt++;
            }
            if (end - dashAt <= MAX_LENGTH && read(text, dashAt, q.end(), end, true, out)) {
                return;
            }
        }
    }

    /** Reads "name[, title]" running to the end of the line. */
    private static boolean read(CharSequence text, int spanStart, int nameStart, int end, boolean afterQuote, List<Candidate> out) {
        int nameEnd = PersonNames.listEnd(text, nameStart, end);
        if (nameEnd < 0) {
            return false;
        }
        String author = ReferenceParser.clean(text, nameStart, nameEnd);
        int tail = trimEnd(text, nameEnd, end);
        if (tail == nameEnd) {
            if (!afterQuote) {
                return false; // a dash and a name alone are an attribution only after a quotation
            }
            out.add(new Candidate(spanStart, nameEnd, 0.75, new Tag.Citation(author, null, null, null, null, Boolean.FALSE)));
            return true;
        }
        Matcher sep = TITLE_SEPARATOR.matcher(text).region(nameEnd, tail);
        if (!sep.lookingAt()) {
            return false;
        }
        String rest = text.subSequence(sep.end(), tail).toString();
        String locator = null;
        Matcher loc = Locators.CHAIN.matcher(rest);
        if (loc.find()) {
            locator = loc.group();
            rest = rest.substring(0, loc.start()).replaceAll("[,;:\\s]+$", "");
        }
        String year = null;
        Matcher y = Pattern.compile("[,(\\s]+((?:1[5-9]|20)\\d\\d)\\)?$").matcher(rest);
        if (y.find()) {
            year = y.group(1);
            rest = rest.substring(0, y.start());
        }
        if (!rest.isEmpty() && !ParentheticalDetector.looksLikeTitle(rest, afterQuote)) {
            return false;
        }
        out.add(new Candidate(spanStart, tail, 0.8,
                new Tag.Citation(author, rest.isEmpty() ? null : rest, locator, null, year, Boolean.FALSE)));
        return true;
    }

    /** Whether the previous non-blank line ends a quotation. */
    private static boolean closesQuotation(CharSequence text, int lineStart) {
        int i = lineStart - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && "\"”»'’".indexOf(text.charAt(i)) >= 0;
    }

    private static int trimEnd(CharSequence text, int from, int end) {
        while (end > from && (Character.isWhitespace(text.charAt(end - 1)) || ".;".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }
}
