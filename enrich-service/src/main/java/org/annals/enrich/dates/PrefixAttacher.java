package org.annals.enrich.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.enrich.dates.DateExpression.Approximate;
import org.annals.enrich.dates.DateExpression.Shift;
import org.annals.enrich.dates.DateExpression.Weekday;

/**
 * Widens a mention over the words before it that qualify it: parts of a period ("early
 * 1921", "mid-1920", "the end of the 1920s", "late-November", "earlier this year") and
 * approximation ("circa 1920", "around Nov. 1").
 *
 * <p>EDTF has no notation for "early" or "the end of", so a part keeps the value of the
 * whole period it lies in (it is true, only less precise); approximation adds EDTF {@code ~}.
 */
final class PrefixAttacher {

    /** How far back a qualifier may start. */
    private static final int WINDOW = 40;

    private static final Pattern PART = Pattern.compile("(?<![\\w-])(?:the\\s{1,3})?(?:very\\s{1,3})?(?:early|mid|middle|late|beginning|start|end|close|turn|"
            + "(?:first|second|last|latter)\\s{1,3}(?:half|part)|first\\s{1,3}(?:two|three)\\s{1,3}quarters|sometime|some\\s{1,3}time)"
            + "(?:\\s{1,3}(?:of|in))?(?:\\s{1,3}the)?(?:\\s{1,3}|-)\\z", Pattern.CASE_INSENSITIVE);

    /** "earlier"/"later" only qualify relative expressions: "earlier this year", "later Friday". */
    private static final Pattern RELATIVE_PART = Pattern.compile("(?<![\\w-])(?:earlier|later)(?:\\s{1,3}in)?\\s{1,3}\\z", Pattern.CASE_INSENSITIVE);

    private static final Pattern APPROXIMATELY = Pattern.compile("(?<![\\w-])(?:circa|ca\\.|c\\.|around|about|approximately|roughly)\\s{0,3}\\z",
            Pattern.CASE_INSENSITIVE);

    private PrefixAttacher() {
    }

    static List<Mention> attach(CharSequence text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        int floor = 0;
        for (Mention m : mentions) {
            Mention widened = m;
            for (int round = 0; round < 2; round++) {
                widened = widenOnce(text, widened, floor);
            }
            out.add(widened);
            floor = widened.end();
        }
        return out;
    }

    private static Mention widenOnce(CharSequence text, Mention m, int floor) {
        int from = Math.max(floor, m.start() - WINDOW);
        DateExpression e = m.expression();
        boolean relative = e instanceof Shift || e instanceof Weekday;
        Integer start = prefixStart(PART, text, from, m.start());
        if (start == null && relative) {
            start = prefixStart(RELATIVE_PART, text, from, m.start());
        }
        if (start != null) {
            return m.widen(start, m.end(), e);
        }
        if (!relative && !(e instanceof Approximate)) {
            start = prefixStart(APPROXIMATELY, text, from, m.start());
            if (start != null) {
                return m.widen(start, m.end(), new Approximate(e));
            }
        }
        return m;
    }

    private static Integer prefixStart(Pattern p, CharSequence text, int from, int to) {
        if (from >= to) {
            return null;
        }
        Matcher matcher = p.matcher(text).region(from, to).useTransparentBounds(true);
        return matcher.find() ? matcher.start() : null;
    }
}
