package org.annals.enrich.dates;

import static org.annals.enrich.dates.Lexicon.AMOUNT;
import static org.annals.enrich.dates.Lexicon.DAY;
import static org.annals.enrich.dates.Lexicon.MONTH;
import static org.annals.enrich.dates.Lexicon.MONTH_FULL;
import static org.annals.enrich.dates.Lexicon.ORDINAL;
import static org.annals.enrich.dates.Lexicon.SPOKEN_YEAR;
import static org.annals.enrich.dates.Lexicon.WEEKDAY;
import static org.annals.enrich.dates.Lexicon.YEAR;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.annals.enrich.dates.DateExpression.Approximate;
import org.annals.enrich.dates.DateExpression.Calendar;
import org.annals.enrich.dates.DateExpression.CurrentQuarter;
import org.annals.enrich.dates.DateExpression.Direction;
import org.annals.enrich.dates.DateExpression.Era;
import org.annals.enrich.dates.DateExpression.Holiday;
import org.annals.enrich.dates.DateExpression.Interval;
import org.annals.enrich.dates.DateExpression.Quarter;
import org.annals.enrich.dates.DateExpression.RelativeMonth;
import org.annals.enrich.dates.DateExpression.Season;
import org.annals.enrich.dates.DateExpression.Shift;
import org.annals.enrich.dates.DateExpression.Weekday;
import org.annals.enrich.dates.DateExpression.Weekend;

/**
 * The patterns that find date expressions, each with its reading. Every rule scans the text
 * once; overlapping finds are settled afterwards by {@link MentionSelector} (longest wins).
 * Patterns are bounded (no nested unbounded repetition) so scanning stays linear.
 */
final class DateGrammar {

    /** A weekday before a date belongs to it: "Friday, Oct. 23". */
    private static final String WEEKDAY_PREFIX = "(?:" + WEEKDAY + ",?\\s{1,3})?";
    private static final String SP = "[ \\t]{1,3}";
    private static final String WS = "\\s{1,3}";
    /** Optional spacing; note that SP + "?" would make the quantifier lazy, not optional. */
    private static final String SP0 = "[ \\t]{0,3}";
    private static final String WS0 = "\\s{0,3}";
    private static final String DASH = "[-\u2013\u2014]";
    private static final String QUARTER_ORDINAL = "(?<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)";
    private static final String UNIT = "(?:day|week|month|year|decade|centur)(?:y|ies|s)?";

    private static final Set<String> DIGIT = Set.of(DateRule.DIGIT);
    private static final Set<String> MONTHS = Set.of("january", "jan", "february", "feb", "march", "mar", "april", "apr", "may",
            "june", "jun", "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov",
            "december", "dec");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twenty");
    private static final Set<String> AMOUNT_WORDS = Set.of("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "several", "some", "many", "about",
            "nearly", "almost", "roughly", "approximately", "more", "less", "over", "just", "only", "barely", "fully", "at");

    /** Rules by the lower-case word (or {@link DateRule#DIGIT}) their matches can start with. */
    private final Map<String, List<DateRule>> rulesByStarter;
    private final boolean dayFirst;

    DateGrammar(DateTaggerSettings settings) {
        this.dayFirst = settings.dayFirst();
        List<DateRule> rules = List.of(
                DateRule.of("iso", 0.98, DIGIT, "(?<![\\w/.-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d])", this::iso),
                DateRule.of("numeric", 0.85, DIGIT,
                        "(?<![\\w/.,-])(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\w/]|[.-]\\d)",
                        this::numeric),
                DateRule.of("month-day-year", 0.97, union(MONTHS, WEEKDAYS), WEEKDAY_PREFIX + "(?<m>" + MONTH + ")" + WS0 + "(?:the" + SP + ")?(?<d>" + DAY + ")(?:\\s{0,2},\\s{0,2}|\\s{1,3})(?<y>" + YEAR + ")",
                        (m, t) -> calendar(m.group("y"), m.group("m"), m.group("d"))),
                DateRule.of("day-month-year", 0.97, union(DIGIT, WEEKDAYS, words("the")), WEEKDAY_PREFIX + "(?:the" + SP + ")?(?<d>" + DAY + ")" + WS + "(?:of" + SP + ")?(?<m>" + MONTH + "),?" + WS + "(?<y>" + YEAR + ")",
                        (m, t) -> calendar(m.group("y"), m.group("m"), m.group("d"))),
                DateRule.of("month-day-range", 0.93, MONTHS, "(?<m>" + MONTH + ")" + WS0 + "(?<d1>" + DAY + ")" + SP0 + "(?:" + DASH + "|to|through|until|till)" + SP0 + "(?<d2>" + DAY + ")(?:,?" + WS + "(?<y>" + YEAR + "))?",
                        this::dayRange),
                DateRule.of("day-month-range", 0.93, DIGIT, "(?<![\\w.,])(?<d1>" + DAY + ")" + SP0 + "(?:" + DASH + "|to)" + SP0 + "(?<d2>" + DAY + ")" + WS + "(?<m>" + MONTH + ")(?:,?" + WS + "(?<y>" + YEAR + "))?",
                        this::dayRange),
                DateRule.of("month-year", 0.95, MONTHS, "(?<m>" + MONTH + "),?" + WS + "(?:of" + SP + ")?(?:(?<y>" + YEAR + ")|(?<sy>" + SPOKEN_YEAR + "))",
                        (m, t) -> new Calendar(year(m), Lexicon.month(m.group("m")), null)),
                DateRule.of("month-day", 0.9, union(MONTHS, WEEKDAYS), WEEKDAY_PREFIX + "(?<m>" + MONTH + ")" + WS0 + "(?:the" + SP + ")?(?:(?<d>" + DAY + ")|(?<dw>" + Lexicon.DAY_WORD + "))(?!\\w|:\\d)", this::monthDay),
                DateRule.of("day-month", 0.9, union(DIGIT, WEEKDAYS, words("the")), WEEKDAY_PREFIX + "(?<![\\w.,])(?:the" + SP + ")?(?<d>" + DAY + ")" + WS + "(?:of" + SP + ")?(?<m>" + MONTH + ")",
                        (m, t) -> new Calendar(null, Lexicon.month(m.group("m")), Lexicon.day(m.group("d")))),
                DateRule.of("month-relative-year", 0.9, MONTHS, "(?<m>" + MONTH + ")(?:" + WS + "(?<d>" + DAY + "))?,?" + WS + "(?<rel>last|this|next)" + SP + "year(?!\\w)",
                        (m, t) -> new RelativeMonth(Lexicon.month(m.group("m")), m.group("d") == null ? null : Lexicon.day(m.group("d")),
                                Direction.THIS, switch (m.group("rel").toLowerCase(Locale.ROOT)) {
                                    case "last" -> -1;
                                    case "next" -> 1;
                                    default -> 0;
                                })),
                DateRule.of("relative-month", 0.88, words("last", "next", "this", "coming", "past"), "(?<rel>last|next|this|this" + SP + "past|this" + SP + "coming|coming|past)" + SP + "(?<m>" + MONTH_FULL + ")(?:" + WS + "(?<d>" + DAY + "))?",
                        (m, t) -> new RelativeMonth(Lexicon.month(m.group("m")), m.group("d") == null ? null : Lexicon.day(m.group("d")),
                                direction(m.group("rel")), null)),
                DateRule.of("month", 0.8, MONTHS, "(?<m>" + MONTH_FULL + ")", this::monthAlone),
                DateRule.of("year-range", 0.9, DIGIT, "(?<![\\w$\u00a3\u20ac#./-])(?<y1>" + YEAR + ")" + SP0 + "(?:" + DASH + "|/)" + SP0 + "(?<y2>" + YEAR + "|\\d{2}(?!\\d))(?![\\w%-])",
                        this::yearRange),
                DateRule.of("decade", 0.9, union(DIGIT, words("the")), "(?:the" + SP + ")?(?<![\\w$.,])(?<c>1\\d|20)(?<d>\\d)0'?s(?!\\w)",
                        (m, t) -> new Era(Integer.parseInt(m.group("c") + m.group("d") + "0"), Granularity.DECADE)),
                DateRule.of("decade-two-digits", 0.75, words("the"), "the" + SP + "(?<d>[2-9])0s(?!\\w)", this::shortDecade),
                DateRule.of("decade-short", 0.85, words("the", "'", "\u2019"), "(?:the" + SP + ")?['\u2019](?<d>\\d)0'?s(?!\\w)", this::shortDecade),
                DateRule.of("decade-words", 0.85, words("the"), "the" + SP + "(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?!\\w)", this::spokenDecade),
                DateRule.of("century", 0.9, union(DIGIT, ORDINALS, words("the")), "(?:the" + SP + ")?(?<n>" + ORDINAL + ")" + DASH + "?" + SP0 + "century(?!\\w)", this::century),
                DateRule.of("relative-century", 0.8, words("this", "the"), "(?<rel>this|the" + SP + "(?:last|next|previous|current|present))" + SP + "century(?!\\w)",
                        (m, t) -> shift(m.group("rel"), ChronoUnit.CENTURIES)),
                DateRule.of("season", 0.88, words("this", "last", "next", "past", "coming", "that", "the", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter"), "(?:(?<rel>this" + SP + "past|this" + SP + "coming|this|last|next|past|coming|that|the)" + SP + ")?(?:(?<part>early|late|mid)" + DASH + "?" + SP0 + ")?"
                        + "(?<s>spring|summer|autumn|fall|winter)(?:(?:" + WS + "of)?" + WS + "(?:(?<y>" + YEAR + ")(?:" + DASH + "\\d{2}(?!\\d))?|(?<sy>" + SPOKEN_YEAR + "))|(?:" + SP + "(?<yrel>last|this|next)" + SP + "year))?(?![\\w-])",
                        this::season),
                DateRule.of("quarter", 0.92, union(DIGIT, words("the", "this", "last", "next", "fiscal", "calendar", "first", "second", "third", "fourth", "final")), "(?:the" + SP + "(?![\\w-]{0,20}-quarter))?(?:(?<yrel>this|last|next)" + SP + "year's" + SP + "|(?<y0>" + YEAR + ")" + SP + ")?(?:(?:fiscal|calendar)" + DASH + "?" + SP0 + ")?"
                        + QUARTER_ORDINAL + "(?:" + DASH + "|" + SP + ")(?:fiscal" + SP + ")?quarter(?![\\w-])(?:" + SP + "of" + SP + "(?:(?:fiscal|calendar)" + SP + "(?:year" + SP + ")?)?(?<y>" + YEAR + "))?",
                        this::quarter),
                DateRule.of("quarter-code", 0.9, words("q"), "(?-i:(?<![\\w])Q(?<n>[1-4])(?:" + SP0 + "(?<y>" + YEAR + ")|'(?<yy>\\d{2}))?(?!\\w))",
                        (m, t) -> m.group("y") != null ? new Quarter(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("n")), null)
                                : new Quarter(null, Integer.parseInt(m.group("n")), 0)),
                DateRule.of("current-quarter", 0.85, words("the", "this", "that", "its", "last", "next"), "(?<det>the|this|that|its|last|next)" + SP + "(?:(?<mod>latest|current|past|previous|prior|most" + SP + "recent|recent|comparable|corresponding|same|year-earlier|year-ago|year" + SP + "earlier|year" + SP + "ago|just-ended|just" + SP + "ended)" + SP + ")?(?:fiscal" + SP + ")?(?<p>quarter|period)(?![\\w-])",
                        this::currentQuarter),
                DateRule.of("the-year", 0.75, words("the", "this", "its"), "(?:the|this|its)" + SP + "(?:(?<mod>full|current|latest|past|previous|calendar)" + SP + ")?(?<fiscal>fiscal" + SP + ")?year(?![\\w-])",
                        this::theYear),
                DateRule.of("year-ago-adjective", 0.8, words("year"), "(?<![\\w-])year-(?:earlier|ago)(?![\\w-])", (m, t) -> new Shift(-1, ChronoUnit.YEARS, true, true)),
                // "now" in a dated document means the day it was written; without a date it is vague
                // and DateTagger drops it, like "today". A capitalised "Now" opens a sentence as a
                // discourse word ("Now the question is settled"), so only the lower-case word counts.
                DateRule.of("present", 0.6, words("now"), "now(?![\\w'\u2019-])",
                        (m, t) -> m.group().equals("now") ? new Shift(0, ChronoUnit.DAYS, false, false) : null),
                DateRule.of("relative-day", 0.92, words("the", "yesterday", "today", "tomorrow", "tonight"), "(?:the" + SP + "day" + SP + "(?<ba>before|after)" + SP + ")?(?<w>yesterday|today|tomorrow|tonight)(?!\\w)", this::relativeDay),
                DateRule.of("relative-unit", 0.85, words("this", "last", "next", "past", "coming", "previous", "current", "that", "the"), "(?<rel>this" + SP + "past|this" + SP + "coming|this|last|next|past|coming|previous|current|that" + SP + "same|that|the" + SP + "(?:past|last|previous|next|coming|current|following|same|preceding|prior|present))"
                        + SP + "(?<u>day|week|month|year|decade)(?!\\w)", this::relativeUnit),
                DateRule.of("weekend", 0.8, words("this", "last", "next", "the", "that"), "(?<rel>this|last|next|the|that|this" + SP + "past|this" + SP + "coming)" + SP + "weekend(?!\\w)", this::weekend),
                DateRule.of("period-edge", 0.8, words("the", "very", "beginning", "start", "middle", "end", "close", "turn", "rest", "remainder"), "(?:the" + SP + ")?(?:very" + SP + ")?(?:beginning|start|middle|end|close|turn|rest|remainder)" + SP + "of" + SP + "(?:the|this)" + SP + "(?<u>year|month|week|decade|century)(?!\\w)",
                        (m, t) -> new Shift(0, unit(m.group("u")), false, false)),
                DateRule.of("year-end", 0.75, words("year"), "(?<![\\w-])(?:year(?:" + DASH + "|" + SP + ")?end|year's" + SP + "end)(?![\\w-])", (m, t) -> new Shift(0, ChronoUnit.YEARS, false, false)),
                DateRule.of("shift", 0.85, union(DIGIT, AMOUNT_WORDS), "(?:(?<approx>about|nearly|almost|some|roughly|approximately|more" + SP + "than|less" + SP + "than|over|just|only|barely|fully|at" + SP + "least)" + SP + ")?"
                        + "(?<n>" + AMOUNT + ")" + SP + "(?<u>" + UNIT + ")(?:" + SP + "and" + SP + "a" + SP + "half)?(?:,?" + SP + "(?:and" + SP + ")?(?<n2>" + AMOUNT + ")" + SP + "(?<u2>" + UNIT + "))?"
                        + "(?:" + SP + "or" + SP + "so)?" + SP + "(?<dir>ago|earlier|later|before|after|hence|from" + SP + "now|back|previously)(?![\\w-])",
                        this::shift),
                DateRule.of("weekday", 0.85, union(WEEKDAYS, words("last", "next", "this", "coming", "past", "previous")), "(?:(?<rel>last|next|this|coming|past|previous|this" + SP + "coming|this" + SP + "past)" + SP + ")?(?<w>" + WEEKDAY + ")(?:" + SP + "(?:morning|afternoon|evening|night))?",
                        (m, t) -> new Weekday(Lexicon.weekday(m.group("w")), m.group("rel") == null ? Direction.MOST_RECENT : direction(m.group("rel")))),
                DateRule.of("holiday", 0.85, words("last", "next", "this", "christmas", "new", "thanksgiving", "easter", "independence", "halloween", "labor", "labour", "memorial", "election", "valentine"), "(?:(?<rel>last|next|this)" + SP + ")?(?<h>(?-i:Christmas(?:" + SP + "(?:Day|Eve))?|New" + SP + "Year['\u2019]s(?:" + SP + "(?:Day|Eve))?|Thanksgiving(?:" + SP + "Day)?|Easter(?:" + SP + "Sunday)?"
                        + "|Independence" + SP + "Day|Halloween|Labou?r" + SP + "Day|Memorial" + SP + "Day|Election" + SP + "Day|Valentine['\u2019]s" + SP + "Day))(?:,?" + SP + "(?<y>" + YEAR + "))?(?!\\w)",
                        (m, t) -> new Holiday(HolidayCalendar.parse(m.group("h")), m.group("y") == null ? null : Integer.parseInt(m.group("y")),
                                m.group("rel") == null ? Direction.NEAREST : direction(m.group("rel")))),
                DateRule.of("year-period", 0.9, words("the"), "the" + SP + "(?<y>" + YEAR + ")" + SP + "(?:period|fiscal" + SP + "year|calendar" + SP + "year|season|quarter)(?!\\w)",
                        (m, t) -> new DateExpression.SamePeriodIn(Integer.parseInt(m.group("y")))),
                DateRule.of("year", 0.85, union(DIGIT, words("fiscal", "calendar", "fy", "the")), "(?:(?:fiscal|calendar|FY|the" + SP + "year|the" + SP + "fiscal" + SP + "year)" + SP0 + ")?(?<![\\w$\u00a3\u20ac\u00a5#\u00a7.,/])(?<!\\d-)(?<y>" + YEAR + ")(?:" + SP + "(?:AD|A\\.D\\.|CE))?(?![\\w%\u00b0]|'(?!s\\b)|[.,:/]\\d|-\\d)",
                        this::bareYear),
                DateRule.of("spoken-year", 0.8, words("the", "nineteen", "eighteen", "two"), "(?:the" + SP + "year" + SP + ")?(?<![\\w-])(?<sy>" + SPOKEN_YEAR + ")", this::spokenYear));
        Map<String, List<DateRule>> byStarter = new HashMap<>();
        for (DateRule rule : rules) {
            for (String starter : rule.starters()) {
                byStarter.computeIfAbsent(starter, k -> new ArrayList<>()).add(rule);
            }
        }
        this.rulesByStarter = Map.copyOf(byStarter);
    }

    private static Set<String> words(String... words) {
        return Set.of(words);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    /** The longest stretch of text a rule is tried on (the longest expressions are about 60 characters). */
    private static final int MAX_MATCH = 120;

    /**
     * All candidate mentions, unsorted and possibly overlapping. Instead of running every
     * pattern over the whole text, the scan walks the words once and tries at each word only
     * the rules that can start with it, anchored there; text without date words costs one
     * look-up per word.
     */
    List<Mention> scan(CharSequence text) {
        List<Mention> found = new ArrayList<>();
        Map<DateRule, Matcher> matchers = new HashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            String key;
            if (isAsciiLetter(c)) {
                end = i + 1;
                while (end < n && isAsciiLetter(text.charAt(end))) {
                    end++;
                }
                key = end - i <= 12 ? text.subSequence(i, end).toString().toLowerCase(Locale.ROOT) : null;
            } else if (c >= '0' && c <= '9') {
                end = i + 1;
                while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                    end++;
                }
                key = DateRule.DIGIT;
            } else {
                end = i + 1;
                key = (c == '\'' || c == '\u2019') && end < n && Character.isDigit(text.charAt(end)) ? String.valueOf(c) : null;
            }
            List<DateRule> candidates = key == null ? null : rulesByStarter.get(key);
            if (candidates != null) {
                for (DateRule rule : candidates) {
                    Matcher m = matchers.computeIfAbsent(rule, r -> r.pattern().matcher(text).useTransparentBounds(true));
                    m.region(i, Math.min(n, i + MAX_MATCH));
                    if (m.lookingAt()) {
                        DateExpression e = rule.reading().read(m, text);
                        if (e != null) {
                            found.add(new Mention(m.start(), m.end(), e, rule.confidence()));
                        }
                    }
                }
            }
            i = end;
        }
        return found;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // ---- readings ----

    private DateExpression iso(Matcher m, CharSequence text) {
        return validDate(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
    }

    private DateExpression numeric(Matcher m, CharSequence text) {
        int a = Integer.parseInt(m.group("a")), b = Integer.parseInt(m.group("b"));
        String sep = m.group("sep"), y = m.group("y");
        if (y.length() == 2 && !sep.equals("/")) {
            return null; // "1.2.34" is a version or section number, not a date
        }
        int year = y.length() == 4 ? Integer.parseInt(y) : twoDigitYear(Integer.parseInt(y));
        // Day first when the first number cannot be a month, when the setting says so, and
        // for dotted dates; month first otherwise.
        boolean dayFirstHere = a > 12 || (b <= 12 && (dayFirst || sep.equals(".")));
        return dayFirstHere ? validDate(year, b, a) : validDate(year, a, b);
    }

    /** "89" is 1989 and "21" is 2021: a two-digit year is read within 1930–2029. */
    private static int twoDigitYear(int yy) {
        return yy >= 30 ? 1900 + yy : 2000 + yy;
    }

    private static DateExpression validDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return new Calendar(year, month, day);
    }

    private static DateExpression calendar(String year, String month, String day) {
        return validDate(Integer.parseInt(year), Lexicon.month(month), Lexicon.day(day));
    }

    private DateExpression dayRange(Matcher m, CharSequence text) {
        int month = Lexicon.month(m.group("m"));
        int d1 = Lexicon.day(m.group("d1")), d2 = Lexicon.day(m.group("d2"));
        if (d2 <= d1) {
            return null;
        }
        Integer year = m.group("y") == null ? null : Integer.parseInt(m.group("y"));
        return new Interval(new Calendar(year, month, d1), new Calendar(year, month, d2));
    }

    private DateExpression monthDay(Matcher m, CharSequence text) {
        Integer day = m.group("d") != null ? Integer.valueOf(Lexicon.day(m.group("d"))) : Lexicon.ordinal(m.group("dw"));
        return day == null || day > 31 ? null : new Calendar(null, Lexicon.month(m.group("m")), day);
    }

    /** Words before a bare "May" that make it the month rather than the verb or a name. */
    private static final Set<String> MAY_CUES = Set.of("in", "since", "by", "until", "till", "from", "to", "of", "during",
            "early", "late", "mid", "last", "next", "this", "through", "before", "after", "between", "and", "or",
            "that", "each", "every", "throughout", "end", "beginning", "middle");

    private DateExpression monthAlone(Matcher m, CharSequence text) {
        String word = m.group("m");
        String before = YearPlausibility.wordBefore(text, m.start());
        if (word.equalsIgnoreCase("may") && !MAY_CUES.contains(before)) {
            return null;
        }
        // A month name right after a capitalised word is usually part of a name ("Queen May", "Sister March").
        int previousWordStart = m.start() - 1 - before.length();
        boolean afterOneSpace = m.start() > 0 && text.charAt(m.start() - 1) == ' ';
        if (afterOneSpace && previousWordStart >= 0 && !before.isEmpty() && !MAY_CUES.contains(before)
                && Character.isUpperCase(text.charAt(previousWordStart))) {
            return null;
        }
        // "the March on Washington", "March of Dimes": an event named after the month.
        String after = YearPlausibility.wordAfter(text, m.end());
        if (Set.of("of", "for", "on").contains(after) && capitalisedWordFollows(text, m.end() + 1 + after.length())) {
            return null;
        }
        return new Calendar(null, Lexicon.month(word), null);
    }

    private static boolean capitalisedWordFollows(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && i < from + 4 && text.charAt(i) == ' ') {
            i++;
        }
        if (i + 4 <= text.length() && text.subSequence(i, i + 4).toString().equals("the ")) {
            i += 4;
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private DateExpression yearRange(Matcher m, CharSequence text) {
        int y1 = Integer.parseInt(m.group("y1"));
        String second = m.group("y2");
        int y2 = second.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        if (y2 <= y1 || y2 - y1 > 100 || !YearPlausibility.isYear(text, m.start(), m.end(), y1)) {
            return null;
        }
        return new Interval(new Calendar(y1, null, null), new Calendar(y2, null, null));
    }

    private DateExpression shortDecade(Matcher m, CharSequence text) {
        int d = Integer.parseInt(m.group("d"));
        return new Era(1900 + 10 * d, Granularity.DECADE); // "the '20s": the 1920s in the texts this serves
    }

    private DateExpression spokenDecade(Matcher m, CharSequence text) {
        List<String> names = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties");
        return new Era(1920 + 10 * names.indexOf(m.group("w").toLowerCase(Locale.ROOT)), Granularity.DECADE);
    }

    private DateExpression century(Matcher m, CharSequence text) {
        Integer n = Lexicon.ordinal(m.group("n"));
        if (n == null || n < 1 || n > 21) {
            return null;
        }
        return new Era((n - 1) * 100, Granularity.CENTURY); // the 19th century is 1801–1900, EDTF 18XX
    }

    private DateExpression season(Matcher m, CharSequence text) {
        int code = switch (m.group("s").toLowerCase(Locale.ROOT)) {
            case "spring" -> 21;
            case "summer" -> 22;
            case "winter" -> 24;
            default -> 23;
        };
        Integer year = year(m);
        String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT);
        if (year != null) {
            return new Season(year, code, Direction.THIS);
        }
        if (m.group("yrel") != null) {
            return new Season(null, code, direction(m.group("yrel")) == Direction.LAST ? Direction.LAST
                    : direction(m.group("yrel")) == Direction.NEXT ? Direction.NEXT : Direction.THIS);
        }
        if (rel == null && m.group("part") == null) {
            return null; // bare "spring", "fall" are ordinary words
        }
        if ("the".equals(rel) || "that".equals(rel)) {
            // "the fall of Rome", "the summer of love": a season of something else
            String after = YearPlausibility.wordAfter(text, m.end());
            if (after.equals("of") || after.equals("and") || m.group("part") == null && Character.isUpperCase(m.group("s").charAt(0))) {
                return null;
            }
            return new Season(null, code, Direction.NEAREST);
        }
        return new Season(null, code, rel == null ? Direction.NEAREST : direction(rel));
    }

    private DateExpression quarter(Matcher m, CharSequence text) {
        String q = m.group("q").toLowerCase(Locale.ROOT);
        Integer year = m.group("y") != null ? Integer.valueOf(m.group("y")) : m.group("y0") != null ? Integer.valueOf(m.group("y0")) : null;
        if (q.equals("last") && year == null) {
            return new CurrentQuarter(-1, 0, false); // "last quarter": the one before the current
        }
        Integer yearShift = m.group("yrel") == null ? null : switch (m.group("yrel").toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return new Quarter(year, Lexicon.ordinal(q), year == null && yearShift == null ? Integer.valueOf(0) : yearShift);
    }

    private DateExpression currentQuarter(Matcher m, CharSequence text) {
        String det = m.group("det").toLowerCase(Locale.ROOT);
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (m.group("p").equalsIgnoreCase("period") && mod.isEmpty()) {
            return null; // "the period" alone is too vague
        }
        if (mod.startsWith("year") || mod.equals("comparable") || mod.equals("corresponding")) {
            return new CurrentQuarter(0, -1, false);
        }
        if (det.equals("next")) {
            return new CurrentQuarter(1, 0, true);
        }
        if (det.equals("last") || mod.equals("previous") || mod.equals("prior") || mod.equals("past")) {
            return new CurrentQuarter(-1, 0, true);
        }
        return new CurrentQuarter(0, 0, mod.equals("current"));
    }

    /** Words after which "the year" is a particular year ("for the year", "in the year"). */
    private static final Set<String> THE_YEAR_CUES = Set.of("for", "in", "during", "of", "through", "throughout", "into", "over");

    private DateExpression theYear(Matcher m, CharSequence text) {
        String det = m.group().substring(0, 4).toLowerCase(Locale.ROOT).trim();
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        if (det.equals("this") && mod.isEmpty() && m.group("fiscal") == null) {
            return null; // "this year" is read by the relative-unit rule
        }
        if (mod.equals("current")) {
            return new Shift(0, ChronoUnit.YEARS, false, false);
        }
        if (mod.equals("past") || mod.equals("previous")) {
            return null; // "the past year" is a duration more often than a date
        }
        if (mod.isEmpty() && m.group("fiscal") == null) {
            // "for the year" is the reporting year; "the year before", "the year of the flood" are not
            String after = YearPlausibility.wordAfter(text, m.end());
            boolean possessive = m.end() < text.length() && text.charAt(m.end()) == '\'';
            if (!THE_YEAR_CUES.contains(YearPlausibility.wordBefore(text, m.start())) || possessive
                    || Set.of("of", "before", "after", "in", "when", "that", "which", "earlier", "ago", "later").contains(after)) {
                return null;
            }
        }
        return new Shift(0, ChronoUnit.YEARS, false, false); // the reporting year, as in "for the year"
    }

    private DateExpression relativeDay(Matcher m, CharSequence text) {
        int offset = switch (m.group("w").toLowerCase(Locale.ROOT)) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        if (m.group("ba") != null) {
            offset += m.group("ba").equalsIgnoreCase("before") ? -1 : 1;
        }
        if (isTitle(m.group(), text, m.start())) {
            return null; // "VOA Today"
        }
        // "in today's world", "the people of tomorrow": the present or future age, not a day
        String before = YearPlausibility.wordBefore(text, m.start());
        boolean possessive = m.end() < text.length() && (text.charAt(m.end()) == '\'' || text.charAt(m.end()) == '\u2019');
        if (Set.of("of", "in", "for").contains(before) && (possessive || offset > 0)) {
            return null;
        }
        return new Shift(offset, ChronoUnit.DAYS, false, false);
    }

    private DateExpression relativeUnit(Matcher m, CharSequence text) {
        if (isTitle(m.group(), text, m.start())) {
            return null; // "This Week" (a programme), not this week
        }
        return shift(m.group("rel"), unit(m.group("u")));
    }

    /**
     * Whether a phrase is a capitalised title inside a sentence ("ABC's "This Week"", "VOA
     * Today"): every word capitalised, not all capitals, and not at the start of a sentence.
     */
    private static boolean isTitle(String phrase, CharSequence text, int start) {
        if (phrase.equals(phrase.toUpperCase(Locale.ROOT))) {
            return false;
        }
        for (String w : phrase.split("\\s+")) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        int i = start - 1;
        while (i >= 0 && i > start - 6 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\u201c' || text.charAt(i) == '`' || text.charAt(i) == '\'')) {
            i--;
        }
        return i >= 0 && ".!?:\n".indexOf(text.charAt(i)) < 0;
    }

    /** "last year" (-1, from the reference), "the following year" (+1, from the date in focus). */
    private static DateExpression shift(String relation, ChronoUnit unit) {
        String rel = relation.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (rel) {
            case "this", "current", "the current", "the present" -> new Shift(0, unit, false, false);
            case "last", "past", "this past", "the past", "the last" -> new Shift(-1, unit, false, false);
            case "next", "coming", "this coming", "the coming" -> new Shift(1, unit, false, false);
            case "the next", "the following" -> new Shift(1, unit, true, false);
            case "previous", "the previous", "the preceding", "the prior" -> new Shift(-1, unit, true, false);
            default -> new Shift(0, unit, true, false); // "that year", "the same day"
        };
    }

    private DateExpression weekend(Matcher m, CharSequence text) {
        Direction d = direction(m.group("rel"));
        return new Weekend(d);
    }

    private DateExpression shift(Matcher m, CharSequence text) {
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        if ((dir.equals("before") || dir.equals("after")) && continuesWithWord(text, m.end())) {
            return null; // "two years after the war": anchored on an event, not a date
        }
        String n = m.group("n").toLowerCase(Locale.ROOT);
        String u = m.group("u").toLowerCase(Locale.ROOT);
        if ((n.equals("a") || n.equals("an")) && u.endsWith("s")) {
            return null;
        }
        Integer amount = Lexicon.amount(n);
        ChronoUnit unit = unit(u);
        if (m.group("n2") != null) {
            // "15 years 9 months ago", "two weeks and three days later": count in the smaller unit
            ChronoUnit unit2 = unit(m.group("u2"));
            Integer amount2 = Lexicon.amount(m.group("n2"));
            long per = unit == ChronoUnit.YEARS && unit2 == ChronoUnit.MONTHS ? 12
                    : unit == ChronoUnit.WEEKS && unit2 == ChronoUnit.DAYS ? 7 : 0;
            if (per == 0 || amount == null || amount2 == null) {
                return null;
            }
            amount = (int) (amount * per) + amount2;
            unit = unit2;
        }
        boolean backwards = Set.of("ago", "earlier", "before", "back", "previously").contains(dir);
        boolean fromFocus = Set.of("earlier", "later", "before", "after").contains(dir);
        Integer signed = amount == null ? null : backwards ? -amount : amount;
        return new Shift(signed, unit, fromFocus, unit == ChronoUnit.YEARS && amount != null && amount == 1);
    }

    private static boolean continuesWithWord(CharSequence text, int end) {
        int i = end;
        while (i < text.length() && i < end + 4 && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    private DateExpression bareYear(Matcher m, CharSequence text) {
        int year = Integer.parseInt(m.group("y"));
        int yearStart = m.start("y");
        boolean prefixed = yearStart > m.start();
        if (!prefixed && !YearPlausibility.isYear(text, yearStart, m.end(), year)) {
            return null;
        }
        return new Calendar(year, null, null);
    }

    private DateExpression spokenYear(Matcher m, CharSequence text) {
        String words = m.group("sy").toLowerCase(Locale.ROOT);
        boolean pair = !words.startsWith("two") && !words.contains("hundred") && words.trim().split("[\\s-]+").length >= 2;
        boolean named = m.group().toLowerCase(Locale.ROOT).startsWith("the");
        if (!pair && !named) {
            return null; // "two thousand" alone is a count
        }
        return new Calendar(Lexicon.spokenYear(words), null, null);
    }

    // ---- small readers ----

    private static Integer year(Matcher m) {
        if (m.group("y") != null) {
            return Integer.parseInt(m.group("y"));
        }
        return m.group("sy") != null ? Lexicon.spokenYear(m.group("sy")) : null;
    }

    private static Direction direction(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "last", "past", "previous", "this past" -> Direction.LAST;
            case "next", "coming", "this coming" -> Direction.NEXT;
            case "this", "that", "the" -> Direction.THIS;
            default -> Direction.NEAREST;
        };
    }

    private static ChronoUnit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("day")) {
            return ChronoUnit.DAYS;
        }
        if (w.startsWith("week")) {
            return ChronoUnit.WEEKS;
        }
        if (w.startsWith("month")) {
            return ChronoUnit.MONTHS;
        }
        if (w.startsWith("decade")) {
            return ChronoUnit.DECADES;
        }
        if (w.startsWith("centur")) {
            return ChronoUnit.CENTURIES;
        }
        return ChronoUnit.YEARS;
    }
}
