package org.annals.enrich.dates;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of the date grammar: regex fragments for month and weekday names, numbers and
 * ordinals, and the readers that turn a matched word into its number.
 */
final class Lexicon {

    private Lexicon() {
    }

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /**
     * Month names, case-sensitive (capitalised or all capitals) so that "may", "march" and
     * "august" as ordinary words stay out; abbreviations with an optional full stop.
     */
    static final String MONTH = "(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\\.?)(?![A-Za-z]))";

    /** Full month names only: an abbreviation alone ("Mar") is too often something else. */
    static final String MONTH_FULL = "(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?![A-Za-z]))";

    static final String WEEKDAY = "(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?![A-Za-z]))";

    /** Day of month, 1–31, with an optional ordinal suffix, not part of a longer number. */
    static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d])";

    /** A four-digit year 1000–2099, not part of a longer number. */
    static final String YEAR = "(?:1\\d{3}|20\\d{2})(?![\\d])";

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /** A year said in words: "nineteen ninety-six", "nineteen hundred and five", "two thousand". */
    static final String SPOKEN_YEAR = "(?:(?:nineteen|eighteen)(?:\\s+hundred(?:\\s+and)?(?:\\s+(?:" + UNITS + "|" + TEENS + "))?"
            + "|[\\s-]+(?:(?:" + TENS + ")(?:[\\s-](?:" + UNITS + "))?|" + TEENS + "|oh[\\s-](?:" + UNITS + ")))"
            + "|two\\s+thousand(?:\\s+and)?(?:[\\s-]+(?:" + UNITS + "|" + TEENS + "))?)(?![\\w-])";

    /** A count: digits or words ("two", "twenty-five", "a", "a few", "several"). */
    static final String AMOUNT = "(?:\\d{1,3}(?:\\.\\d)?|(?:" + TENS + ")(?:[\\s-](?:" + UNITS + "))?|" + TEENS + "|" + UNITS
            + "|a\\s+few|a\\s+couple\\s+of|a\\s+dozen|several|some|many|a|an)";

    static final String ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\\s-]first"
            + "|\\d{1,2}(?:st|nd|rd|th))";

    /** A day of the month in words: "eighth", "twenty-first". */
    static final String DAY_WORD = "(?:(?:twenty|thirty)[\\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth";

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a dozen", 12),
            Map.entry("a couple of", 2));

    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("final", 4), Map.entry("last", 4));

    /** Vague amounts ("a few", "several") that cannot be resolved to a date. */
    private static final Set<String> VAGUE = Set.of("a few", "several", "some", "many");

    /** 1–12 for a month name or abbreviation ("Sept.", "MARCH"). */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (w.startsWith(MONTHS.get(i).substring(0, 3).toLowerCase(Locale.ROOT))) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(word);
    }

    static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** The day number of "20th", "3". */
    static int day(String token) {
        return Integer.parseInt(token.replaceAll("\\D", ""));
    }

    /** The number a count stands for, or null for a vague one ("several"). */
    static Integer amount(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (VAGUE.contains(w)) {
            return null;
        }
        if (Character.isDigit(w.charAt(0))) {
            return w.contains(".") ? null : Integer.parseInt(w);
        }
        Integer whole = NUMBER_WORDS.get(w);
        if (whole != null) {
            return whole;
        }
        String[] parts = w.split("[\\s-]");
        return parts.length == 2 ? NUMBER_WORDS.get(parts[0]) + NUMBER_WORDS.get(parts[1]) : null;
    }

    /** The number of an ordinal word or numeral ("third", "19th", "final" = 4). */
    static Integer ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w.replaceAll("\\D", ""));
        }
        String[] parts = w.split("-");
        if (parts.length == 2 && NUMBER_WORDS.containsKey(parts[0]) && ORDINAL_WORDS.containsKey(parts[1])) {
            return NUMBER_WORDS.get(parts[0]) + ORDINAL_WORDS.get(parts[1]); // "twenty-first"
        }
        return ORDINAL_WORDS.get(w);
    }

    /** The year of "nineteen ninety-six", "nineteen hundred and five", "two thousand and one". */
    static int spokenYear(String words) {
        String[] w = words.toLowerCase(Locale.ROOT).replace("-", " ").trim().split("\\s+");
        int i = 0;
        int century;
        if (w[0].equals("two")) {
            century = 2000;
            i = 2;
        } else {
            century = NUMBER_WORDS.get(w[0]) * 100;
            i = 1;
            if (i < w.length && w[i].equals("hundred")) {
                i++;
            }
        }
        int rest = 0;
        for (; i < w.length; i++) {
            if (!w[i].equals("and") && !w[i].equals("oh")) {
                rest += NUMBER_WORDS.get(w[i]);
            }
        }
        return century + rest;
    }
}
