package org.annals.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A resolved stretch of the calendar: its first day and its precision. Seasons start in
 * March, June, September and December of their year; weeks start on Monday.
 */
record Period(LocalDate start, Granularity granularity) {

    static Period day(LocalDate d) {
        return new Period(d, Granularity.DAY);
    }

    static Period month(int year, int month) {
        return new Period(LocalDate.of(year, month, 1), Granularity.MONTH);
    }

    static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), Granularity.YEAR);
    }

    static Period quarter(int year, int quarter) {
        return new Period(LocalDate.of(year, 3 * quarter - 2, 1), Granularity.QUARTER);
    }

    /** {@code code} is the EDTF season code: 21 spring … 24 winter. */
    static Period season(int year, int code) {
        return new Period(LocalDate.of(year, 3 * (code - 20), 1), Granularity.SEASON);
    }

    static Period week(LocalDate anyDay) {
        return new Period(anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), Granularity.WEEK);
    }

    /** The period of the same precision that contains {@code day}. */
    static Period containing(LocalDate day, Granularity g) {
        return switch (g) {
            case DAY -> day(day);
            case WEEK -> week(day);
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case SEASON -> day.getMonthValue() <= 2 ? season(day.getYear() - 1, 24)
                    : season(day.getYear(), 20 + day.getMonthValue() / 3);
            case YEAR -> year(day.getYear());
            case DECADE -> new Period(LocalDate.of(day.getYear() / 10 * 10, 1, 1), g);
            case CENTURY -> new Period(LocalDate.of(day.getYear() / 100 * 100, 1, 1), g);
        };
    }

    /** Shifted by whole units of {@code unit}, keeping this period's precision. */
    Period plus(long amount, ChronoUnit unit) {
        return new Period(start.plus(amount, unit), granularity);
    }

    /** This period seen at a coarser precision ("a day in 1921" → 1921). */
    Period coarsen(Granularity g) {
        return g.compareTo(granularity) > 0 ? containing(start, g) : this;
    }

    int quarter() {
        return (start.getMonthValue() - 1) / 3 + 1;
    }

    /** The EDTF form: 1921-03-16, 1921-03, 1921-21 (spring), 1921-35 (third quarter), 192X, 18XX. */
    String edtf() {
        String y = String.format("%04d", start.getYear());
        return switch (granularity) {
            case DAY -> start.toString();
            case WEEK -> start + "/" + start.plusDays(6);
            case MONTH -> y + "-" + String.format("%02d", start.getMonthValue());
            case SEASON -> y + "-" + (20 + start.getMonthValue() / 3);
            case QUARTER -> y + "-" + (32 + quarter());
            case YEAR -> y;
            case DECADE -> y.substring(0, 3) + "X";
            case CENTURY -> y.substring(0, 2) + "XX";
        };
    }
}
