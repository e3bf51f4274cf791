package org.annals.enrich.dates;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;

/**
 * What a date mention says, before it is resolved against a reference date. The grammar
 * produces these; {@link DateResolver} turns them into EDTF.
 */
sealed interface DateExpression {

    /** Which way a relative expression points from its anchor. */
    enum Direction { LAST, THIS, NEXT, NEAREST, MOST_RECENT }

    /** A calendar date of year, month or day precision; a null year is taken from context. */
    record Calendar(Integer year, Integer month, Integer day) implements DateExpression {
    }

    /** "the 1920s" (DECADE) or "the nineteenth century" (CENTURY). */
    record Era(int firstYear, Granularity granularity) implements DateExpression {
    }

    /** "spring 1921", "last fall"; {@code season} is the EDTF code 21–24. */
    record Season(Integer year, int season, Direction direction) implements DateExpression {
    }

    /**
     * "the third quarter of 1989"; without a year, the quarter of the reference year shifted
     * by {@code yearShift} ("last year's third quarter": -1).
     */
    record Quarter(Integer year, int quarter, Integer yearShift) implements DateExpression {
    }

    /**
     * "the quarter", "the latest quarter", "the year-ago quarter", "next quarter": the quarter
     * under discussion (else the last completed one; with {@code current}, the reference's own
     * quarter), shifted by whole quarters and years.
     */
    record CurrentQuarter(int quarterShift, int yearShift, boolean current) implements DateExpression {
    }

    /**
     * "the 1988 period", "the 1988 quarter": in a report on a quarter (or season, or month),
     * that part of the given year; otherwise the year.
     */
    record SamePeriodIn(int year) implements DateExpression {
    }

    /** "the weekend", "last weekend": a Saturday–Sunday pair. */
    record Weekend(Direction direction) implements DateExpression {
    }

    /** "Friday", "last Friday", "next Friday". */
    record Weekday(DayOfWeek day, Direction direction) implements DateExpression {
    }

    /** "last March", "this September", "June last year" (direction and year shift). */
    record RelativeMonth(int month, Integer day, Direction direction, Integer yearShift) implements DateExpression {
    }

    /** A named feast day: "Christmas", "Thanksgiving Day". */
    record Holiday(HolidayCalendar.Name name, Integer year, Direction direction) implements DateExpression {
    }

    /**
     * A shift by whole units from an anchor: "yesterday" (-1 DAYS from the reference),
     * "last year", "this month" (0), "two years ago", "the following day" (+1 DAYS from the
     * date under discussion). A null amount ("a few years ago") cannot be resolved.
     *
     * @param fromFocus   anchor on the date the text last mentioned rather than the reference
     * @param keepPeriod  a year shift keeps a quarter or season in focus ("a year earlier"
     *                    after "the third quarter" is the third quarter of the year before)
     */
    record Shift(Integer amount, ChronoUnit unit, boolean fromFocus, boolean keepPeriod) implements DateExpression {
    }

    /** A range: "1919-1922", "from May to June 1920". */
    record Interval(DateExpression from, DateExpression to) implements DateExpression {
    }

    /** "circa 1920": the inner value, marked approximate. */
    record Approximate(DateExpression inner) implements DateExpression {
    }
}
