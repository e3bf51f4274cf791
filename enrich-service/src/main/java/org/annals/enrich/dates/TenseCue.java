package org.annals.enrich.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way the clause around a mention looks: "will meet Friday" speaks of the future,
 * "met Friday" of the past. Bare weekdays and months ("Friday", "in December") are resolved
 * in that direction from the reference date.
 */
final class TenseCue {

    enum Tense { PAST, FUTURE, UNKNOWN }

    private static final int BEFORE = 80;
    private static final int AFTER = 50;

    private static final Pattern FUTURE = Pattern.compile(
            "(?:'ll|(?<![\\w'])(?:will|won't|shall|would|is\\s+to|are\\s+to|to\\s+be|going\\s+to|plans\\s+to|planned|planning|expects?|expected|"
                    + "scheduled|slated|set\\s+(?:for|to)|due|effective|payable|expires?|deadline|upcoming|next|as\\s+(?:soon|early)\\s+as|"
                    + "between\\s+now\\s+and))(?!\\w)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Auxiliaries and common irregular past forms; regular past tense is caught by "-ed"
     * (but not the participles of planning, which look ahead: "expected in December").
     */
    private static final Pattern PAST = Pattern.compile(
            "(?<![\\w'])(?:was|were|had|did|said|told|rose|fell|began|came|went|took|made|paid|sold|bought|grew|saw|won|lost|left|met|"
                    + "held|fought|gave|got|spoke|wrote|became|knew|thought|found|brought|ran|struck|shot|led|sent|spent|hit|ago|"
                    + "(?!(?:expect|schedul|plann|slat|extend|complet|publish|postpon|delay|set)ed)"
                    + "[a-z]{2,}(?<!need|feed|seed|speed|shed|hundred|bed|red|embed)ed)(?!\\w)",
            Pattern.CASE_INSENSITIVE);

    private TenseCue() {
    }

    /** The tense of the nearest cue before the mention in its clause, else the nearest after it. */
    static Tense of(CharSequence text, int start, int end) {
        int from = clauseStart(text, start);
        Tense before = lastCue(text, from, start);
        if (before != Tense.UNKNOWN) {
            return before;
        }
        return firstCue(text, end, clauseEnd(text, end));
    }

    static boolean pointsForward(CharSequence text, int start, int end) {
        return of(text, start, end) == Tense.FUTURE;
    }

    private static Tense lastCue(CharSequence text, int from, int to) {
        int future = lastStart(FUTURE.matcher(text).region(from, to));
        int past = lastStart(PAST.matcher(text).region(from, to));
        if (future < 0 && past < 0) {
            return Tense.UNKNOWN;
        }
        return future > past ? Tense.FUTURE : Tense.PAST;
    }

    private static Tense firstCue(CharSequence text, int from, int to) {
        if (from >= to) {
            return Tense.UNKNOWN;
        }
        Matcher f = FUTURE.matcher(text).region(from, to);
        Matcher p = PAST.matcher(text).region(from, to);
        int future = f.find() ? f.start() : Integer.MAX_VALUE;
        int past = p.find() ? p.start() : Integer.MAX_VALUE;
        if (future == past) {
            return Tense.UNKNOWN;
        }
        return future < past ? Tense.FUTURE : Tense.PAST;
    }

    private static int lastStart(Matcher m) {
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** Back to the start of the sentence or clause, at most BEFORE characters. */
    private static int clauseStart(CharSequence text, int start) {
        int from = start;
        while (from > 0 && start - from < BEFORE) {
            char c = text.charAt(from - 1);
            if (c == ';' || c == '\n' || (c == '.' || c == '!' || c == '?') && from < text.length() && Character.isWhitespace(text.charAt(from))) {
                break;
            }
            from--;
        }
        return from;
    }

    private static int clauseEnd(CharSequence text, int end) {
        int to = end;
        while (to < text.length() && to - end < AFTER) {
            char c = text.charAt(to);
            if (c == ';' || c == '\n' || (c == '.' || c == '!' || c == '?') && (to + 1 >= text.length() || Character.isWhitespace(text.charAt(to + 1)))) {
                break;
            }
            to++;
        }
        return to;
    }
}
