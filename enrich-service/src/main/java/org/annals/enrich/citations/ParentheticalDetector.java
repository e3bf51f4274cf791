package org.annals.enrich.citations;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.events.Tag;

/**
 * References in parentheses: "(Lenin, The Party Crisis)", "(Smith 2003, p. 5)", "(see Smith and Jones 1999;
 * Brown et al. 2001)", "(quoted in Carmen Sirianni's Workers' Control …)". The parenthesis must open with a
 * name (after an optional "see", "cf.", "quoted in"), so "(see below)", "(1,500 members)", "(in 1921)" stay out.
 */
final class ParentheticalDetector implements InlineDetector {

    private static final int MAX_INSIDE = 300;
    private static final Pattern LEAD = Pattern.compile(
            "(?:(?:[Ss]ee(?:\\s+also)?|[Cc]f\\.|[Ee]\\.g\\.,?|[Aa]s\\s+(?:quoted|cited)\\s+in)\\s+)?");
    private static final Pattern QUOTED_IN = Pattern.compile("(?:[Qq]uoted|[Cc]ited|[Rr]eprinted)\\s+in\\s+");
    private static final Pattern YEAR_AFTER_NAME = Pattern.compile(
            ",?\\s+\\(?((?:1[5-9]|20)\\d\\d)[a-z]?\\)?(?=$|[,;:]|\\s)");
    private static final Pattern TITLE_AFTER_NAME = Pattern.compile(",\\s+|['’]s\\s+");
    private static final Pattern ARTICLE = Pattern.compile("(?:The|A|An|La|Le|Les|Die|Der|Das|El|Il)\\s");

    @Override
    public void detect(CharSequence text, int start, int end, List<Candidate> out) {
        for (int open = indexOf(text, '(', start, end); open >= 0; open = indexOf(text, '(', open + 1, end)) {
            int close = indexOf(text, ')', open + 1, Math.min(end, open + MAX_INSIDE));
            if (close < 0 || indexOf(text, '(', open + 1, close) >= 0) {
                continue;
            }
            Candidate c = read(text, open, close);
            if (c != null) {
                out.add(c);
                open = close;
            }
        }
    }

    private Candidate read(CharSequence text, int open, int close) {
        int p = open + 1;
        boolean quoted = false;
        Matcher q = QUOTED_IN.matcher(text).region(p, close);
        if (q.lookingAt()) {
            quoted = true;
            p = q.end();
        } else {
            Matcher lead = LEAD.matcher(text).region(p, close);
            if (lead.lookingAt()) {
                quoted = lead.group().contains("quoted") || lead.group().contains("cited");
                p = lead.end();
            }
        }
        int nameEnd = PersonNames.listEnd(text, p, close);
        if (nameEnd < 0) {
            return null;
        }
        String author = ReferenceParser.clean(text, p, nameEnd);
        String rest = text.subSequence(nameEnd, close).toString();
        Matcher year = YEAR_AFTER_NAME.matcher(rest);
        Matcher loc = Locators.CHAIN.matcher(rest);
        if (year.lookingAt()) {
            // author–date: "(Smith 2003, p. 5)", "(Smith and Jones 1999; Brown 2001)"
            String locator = loc.find() ? loc.group() : null;
            return new Candidate(open, close + 1, 0.85, new Tag.Citation(author, null, locator, null, year.group(1), quoted));
        }
        Matcher sep = TITLE_AFTER_NAME.matcher(rest);
        if (!sep.lookingAt()) {
            return quoted ? new Candidate(open, close + 1, 0.6, new Tag.Citation(author, null, null, null, null, true)) : null;
        }
        String title = rest.substring(sep.end()).trim();
        String locator = null;
        Matcher tl = Locators.CHAIN.matcher(title);
        if (tl.find() && tl.start() > 0) {
            locator = tl.group();
            title = title.substring(0, tl.start()).replaceAll("[,;:\\s]+$", "");
        }
        if (!looksLikeTitle(title, quoted || locator != null)) {
            return null;
        }
        return new Candidate(open, close + 1, quoted ? 0.8 : 0.7, new Tag.Citation(author, title, locator, null, null, quoted));
    }

    /**
     * A title here is capitalised and — unless the context already says "quoted in" or a locator follows —
     * either opens with an article or runs to three words, so "(Kansas City, Missouri)" is not one.
     */
    static boolean looksLikeTitle(String title, boolean confirmed) {
        if (title.isEmpty() || !(Character.isUpperCase(title.charAt(0)) || TitleFinder.isOpeningQuote(title.charAt(0)))) {
            return false;
        }
        int words = title.split("\\s+").length;
        return confirmed || ARTICLE.matcher(title).lookingAt() && words >= 2 || words >= 3 && capitalisedShare(title) >= 0.5;
    }

    private static double capitalisedShare(String title) {
        String[] words = title.split("\\s+");
        int caps = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                caps++;
            }
        }
        return caps / (double) words.length;
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
