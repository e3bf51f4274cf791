package org.annals.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Dates of the feast days the grammar knows, fixed or computed for a given year. */
final class HolidayCalendar {

    enum Name { NEW_YEARS_DAY, NEW_YEARS_EVE, CHRISTMAS, CHRISTMAS_EVE, EASTER, THANKSGIVING, INDEPENDENCE_DAY, HALLOWEEN, LABOR_DAY, MEMORIAL_DAY, ELECTION_DAY, VALENTINES_DAY }

    private HolidayCalendar() {
    }

    /** Reads the holiday phrase the grammar matched, e.g. "New Year's Day" or "Christmas". */
    static Name parse(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (p.startsWith("new year")) {
            return p.endsWith("eve") ? Name.NEW_YEARS_EVE : Name.NEW_YEARS_DAY;
        }
        if (p.startsWith("christmas")) {
            return p.endsWith("eve") ? Name.CHRISTMAS_EVE : Name.CHRISTMAS;
        }
        if (p.startsWith("easter")) {
            return Name.EASTER;
        }
        if (p.startsWith("thanksgiving")) {
            return Name.THANKSGIVING;
        }
        if (p.startsWith("independence")) {
            return Name.INDEPENDENCE_DAY;
        }
        if (p.startsWith("halloween")) {
            return Name.HALLOWEEN;
        }
        if (p.startsWith("labor") || p.startsWith("labour")) {
            return Name.LABOR_DAY;
        }
        if (p.startsWith("memorial")) {
            return Name.MEMORIAL_DAY;
        }
        if (p.startsWith("election")) {
            return Name.ELECTION_DAY;
        }
        return Name.VALENTINES_DAY;
    }

    static LocalDate in(Name name, int year) {
        return switch (name) {
            case NEW_YEARS_DAY -> LocalDate.of(year, 1, 1);
            case NEW_YEARS_EVE -> LocalDate.of(year, 12, 31);
            case CHRISTMAS -> LocalDate.of(year, 12, 25);
            case CHRISTMAS_EVE -> LocalDate.of(year, 12, 24);
            case EASTER -> easter(year);
            case THANKSGIVING -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case INDEPENDENCE_DAY -> LocalDate.of(year, 7, 4);
            case HALLOWEEN -> LocalDate.of(year, 10, 31);
            case LABOR_DAY -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case MEMORIAL_DAY -> LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            // US federal elections: the Tuesday after the first Monday of November.
            case ELECTION_DAY -> LocalDate.of(year, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            case VALENTINES_DAY -> LocalDate.of(year, 2, 14);
        };
    }

    /** Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm. */
    static LocalDate easter(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
