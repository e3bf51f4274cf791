package org.annals.enrich.dates;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a bare four-digit number is a year. Numbers are years by default in the
 * range 1600–2099; the words around them can say otherwise: a locator before ("page 1921",
 * "No. 1917") or a counted noun after ("1921 people", "about 1500 members").
 */
final class YearPlausibility {

    private YearPlausibility() {
    }

    /** Words after which a number is a reference number or locator, not a year. */
    private static final Set<String> LOCATORS = Set.of("page", "pages", "p.", "pp.", "p", "pp", "no.", "nos.", "no", "number",
            "numbers", "num.", "#", "chapter", "chap.", "ch.", "vol.", "volume", "section", "sec.", "§", "art.", "article",
            "room", "flight", "route", "highway", "interstate", "suite", "box", "apt.", "tel.", "phone", "fax", "model",
            "rule", "verse", "line", "lines", "item", "paragraph", "para.", "part", "cat.", "op.", "opus", "plate", "fig.",
            "figure", "table", "folio", "fol.", "ff.", "f.", "col.", "column", "bus", "train", "platform", "code", "zip",
            "exhibit", "doc.", "document", "file", "case", "docket", "bill", "resolution", "amendment", "lot", "street",
            "st.", "avenue", "ave.", "road", "rd.", "block", "unit", "level", "size", "serial", "id", "isbn", "issn",
            "pin", "pop.", "population", "score", "rank", "ranked", "grade", "mile", "kilometre", "kilometer", "km",
            "dow", "index", "nasdaq", "s&p", "$", "us$", "£", "€");

    /**
     * Words that, before a number, make a year likely ("in 1919", "since 1920"). Some of them
     * also precede counts ("rose to 1500 points", "about 1500 members"): a plural noun after
     * the number then rules the year out.
     */
    private static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("in", "since", "by", "until", "till", "during",
            "from", "to", "of", "before", "after", "circa", "c.", "ca.", "around", "early", "late", "mid", "spring",
            "summer", "autumn", "fall", "winter", "fiscal", "year", "between", "and", "through", "throughout", "the",
            "pre", "post", "about", "for", "than", "at");

    /** Nouns that show a number is a count or a measure. */
    private static final Set<String> COUNTED = Set.of("people", "persons", "men", "women", "children", "members",
            "delegates", "workers", "employees", "soldiers", "troops", "residents", "students", "voters", "families",
            "households", "jobs", "cases", "deaths", "victims", "dollars", "pounds", "marks", "francs", "euros", "yen",
            "rubles", "roubles", "shares", "barrels", "tons", "tonnes", "miles", "kilometres", "kilometers", "km", "feet",
            "ft", "metres", "meters", "m", "acres", "hectares", "copies", "units", "cars", "vehicles", "homes", "houses",
            "pages", "words", "votes", "seats", "points", "calories", "degrees", "hours", "minutes", "seconds", "times",
            "signatures", "names", "items", "books", "volumes", "letters", "documents", "plants", "stores", "guests",
            "participants", "visitors", "passengers", "prisoners", "refugees", "inhabitants", "officers", "officials",
            "cents", "percent", "per", "bushels", "gallons", "litres", "liters", "ounces", "pieces", "boxes", "rooms",
            "beds", "patients", "men's", "ships", "planes", "aircraft", "tanks", "guns", "rifles", "villages", "towns",
            "companies", "firms", "banks", "schools", "churches", "lives", "hands", "strong", "gmt", "utc", "est", "edt",
            "hrs");

    static boolean isYear(CharSequence text, int start, int end, int year) {
        String before = wordBefore(text, start);
        String after = wordAfter(text, end);
        if (after.equals("ad") || after.equals("a.d") || after.equals("bc") || after.equals("b.c")) {
            return true;
        }
        boolean temporalCue = TEMPORAL_PREPOSITIONS.contains(before);
        if (COUNTED.contains(after)) {
            return false;
        }
        if (LOCATORS.contains(before)) {
            return false;
        }
        // "at 1930" is a clock time; "to/from/than/about 1500" before a plural noun a count.
        if (before.equals("at") && (after.isEmpty() || after.equals("hours"))) {
            return false;
        }
        if (temporalCue && isPluralNoun(after) && Set.of("to", "than", "about", "at", "by", "from").contains(before)) {
            return false;
        }
        if (year < 1600 || year > 2099) {
            return temporalCue && year >= 1000;
        }
        return true;
    }

    /** A lower-case word ending in "s" that is not one of the common non-plurals. */
    private static boolean isPluralNoun(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !Set.of("was", "has", "does", "goes", "its", "this", "thus", "always", "perhaps", "whereas",
                "results", "earnings", "sales", "levels", "figures", "elections", "games", "olympics", "prices",
                "rates", "profits", "losses", "budgets", "accounts", "estimates", "forecasts", "returns").contains(w);
    }

    static String wordBefore(CharSequence text, int start) {
        int i = start - 1;
        while (i >= 0 && i > start - 5 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '-')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && i > end - 20 && isWordChar(text.charAt(i))) {
            i--;
        }
        return text.subSequence(i + 1, end).toString().toLowerCase(Locale.ROOT);
    }

    static String wordAfter(CharSequence text, int end) {
        int i = end;
        while (i < text.length() && i < end + 4 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int start = i;
        while (i < text.length() && i < start + 20 && isWordChar(text.charAt(i))) {
            i++;
        }
        String w = text.subSequence(start, i).toString();
        // Only a lower-case word can be the counted noun; "1921 Conference" is a title.
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))) {
            return "";
        }
        return w.toLowerCase(Locale.ROOT).replaceAll("[.,;:']+$", "");
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '#' || c == '§' || c == '&' || c == '\'';
    }
}
