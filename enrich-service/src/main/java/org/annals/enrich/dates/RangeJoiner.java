package org.annals.enrich.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.enrich.dates.DateExpression.Approximate;
import org.annals.enrich.dates.DateExpression.Calendar;
import org.annals.enrich.dates.DateExpression.Era;
import org.annals.enrich.dates.DateExpression.Interval;
import org.annals.enrich.dates.DateExpression.Quarter;
import org.annals.enrich.dates.DateExpression.Season;

/**
 * Joins two neighbouring mentions that together name a range into one interval mention:
 * "from 1919 to 1922", "between 1917 and 1921", "between May and June 1920", "May – June 1920".
 */
final class RangeJoiner {

    private static final Pattern CONNECTOR = Pattern.compile("\\s{0,3}(?:[-\u2013\u2014]|to|through|thru|until|till|and)\\s{0,3}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENER = Pattern.compile("(?<![\\w-])(from|between)\\s{1,3}\\z", Pattern.CASE_INSENSITIVE);

    private RangeJoiner() {
    }

    static List<Mention> join(CharSequence text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            if (i + 1 < mentions.size()) {
                Mention joined = tryJoin(text, a, mentions.get(i + 1), out.isEmpty() ? 0 : out.get(out.size() - 1).end());
                if (joined != null) {
                    out.add(joined);
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static Mention tryJoin(CharSequence text, Mention a, Mention b, int floor) {
        if (!isPoint(a.expression()) || !isPoint(b.expression()) || b.start() - a.end() > 12) {
            return null;
        }
        Matcher c = CONNECTOR.matcher(text).region(a.end(), b.start());
        if (!c.matches()) {
            return null;
        }
        String connector = c.group().trim().toLowerCase(Locale.ROOT);
        Matcher o = OPENER.matcher(text).region(Math.max(floor, a.start() - 12), a.start()).useTransparentBounds(true);
        String opener = o.find() ? o.group(1).toLowerCase(Locale.ROOT) : null;
        boolean range = "between".equals(opener) ? connector.equals("and") : !connector.equals("and");
        if (!range) {
            return null;
        }
        int start = opener == null ? a.start() : o.start();
        return new Mention(start, b.end(), new Interval(a.expression(), b.expression()), Math.min(a.confidence(), b.confidence()));
    }

    /** Only calendar points make ranges; "from Monday to Friday" stays two mentions. */
    private static boolean isPoint(DateExpression e) {
        return e instanceof Calendar || e instanceof Era || e instanceof Season || e instanceof Quarter || e instanceof Approximate;
    }
}
