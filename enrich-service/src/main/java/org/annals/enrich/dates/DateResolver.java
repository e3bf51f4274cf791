package org.annals.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Turns the mentions of one text, in reading order, into EDTF values. Relative expressions
 * are resolved against the reference date (the document's own date) or, for anaphoric ones
 * ("the following year", "two years later"), against the date the text last spoke of (the
 * focus). One instance serves one text; it is not shared between threads.
 */
final class DateResolver {

    /** How far (in characters) a quarter stays the subject of a report. */
    private static final int NEARBY = 400;

    private final CharSequence text;
    private final LocalDate reference;
    private Period focus;
    private int focusEnd = -1;

    DateResolver(CharSequence text, LocalDate reference) {
        this.text = text;
        this.reference = reference;
    }

    /** The EDTF value of the mention, or null when it cannot be resolved. */
    String edtf(Mention m) {
        DateExpression e = m.expression();
        if (e instanceof Interval i) {
            return interval(i, m);
        }
        if (e instanceof Approximate a) {
            Period p = period(a.inner(), m);
            remember(p, m);
            return p == null ? null : p.edtf() + "~";
        }
        if (e instanceof Weekend w) {
            LocalDate saturday = weekend(w.direction());
            return saturday == null ? null : saturday + "/" + saturday.plusDays(1);
        }
        Period p = period(e, m);
        if (setsFocus(e)) {
            remember(p, m);
        }
        return p == null ? null : p.edtf();
    }

    /**
     * Whether a mention becomes the date under discussion. Not comparisons ("a year earlier",
     * "the year-ago quarter": the period compared with stays in focus, so a second "a year
     * earlier" is not two years back) and not plain counts from the reference ("last year",
     * "yesterday"), which news uses beside the story's own dates.
     */
    private static boolean setsFocus(DateExpression e) {
        if (e instanceof Shift s) {
            return s.fromFocus() && !s.keepPeriod();
        }
        return !(e instanceof CurrentQuarter q && q.yearShift() != 0);
    }

    private void remember(Period p, Mention m) {
        if (p != null) {
            focus = p;
            focusEnd = m.end();
        }
    }

    private String interval(Interval i, Mention m) {
        Period to = period(i.to(), m);
        DateExpression from = i.from();
        // "between May and June 1920": the first end takes its year from the second.
        if (from instanceof Calendar c && c.year() == null && to != null) {
            int year = to.start().getYear();
            if (c.month() != null && c.month() > to.start().getMonthValue()) {
                year--;
            }
            from = new Calendar(year, c.month(), c.day());
        }
        Period start = period(from, m);
        remember(to, m);
        return start == null || to == null ? null : start.edtf() + "/" + to.edtf();
    }

    private Period period(DateExpression e, Mention m) {
        // (Java 17: no pattern matching in switch yet)
        if (e instanceof Calendar c) {
            return calendar(c, m);
        }
        if (e instanceof Era era) {
            return new Period(LocalDate.of(era.firstYear(), 1, 1), era.granularity());
        }
        if (e instanceof Season s) {
            return season(s);
        }
        if (e instanceof Quarter q) {
            return quarter(q);
        }
        if (e instanceof CurrentQuarter q) {
            return currentQuarter(q, m);
        }
        if (e instanceof Weekday w) {
            return weekday(w, m);
        }
        if (e instanceof RelativeMonth r) {
            return relativeMonth(r);
        }
        if (e instanceof Holiday h) {
            return holiday(h, m);
        }
        if (e instanceof Shift s) {
            return shift(s, m);
        }
        if (e instanceof Approximate a) {
            return period(a.inner(), m);
        }
        if (e instanceof DateExpression.SamePeriodIn s) {
            boolean part = focus != null && focus.granularity().compareTo(Granularity.YEAR) < 0 && focus.granularity() != Granularity.DAY;
            return part ? new Period(focus.start().withYear(s.year()), focus.granularity()) : Period.year(s.year());
        }
        return null; // intervals and weekends have no single period
    }

    private Period calendar(Calendar c, Mention m) {
        if (c.month() == null) {
            return Period.year(c.year());
        }
        Integer year = c.year();
        if (year == null) {
            year = yearForMonth(c.month(), c.day() == null ? 15 : c.day(), m);
        }
        if (year == null) {
            return null;
        }
        if (c.day() == null) {
            return Period.month(year, c.month());
        }
        if (c.day() > LocalDate.of(year, c.month(), 1).lengthOfMonth()) {
            return null;
        }
        return Period.day(LocalDate.of(year, c.month(), c.day()));
    }

    /**
     * The year of "March 16" or "December". News reports look back: the latest occurrence on
     * or before the reference date, unless the clause speaks of the future or the date is
     * at most a month ahead. Without a reference date, the year in focus.
     */
    private Integer yearForMonth(int month, int day, Mention m) {
        if (reference == null) {
            return focus == null ? null : focus.start().getYear();
        }
        TenseCue.Tense tense = TenseCue.of(text, m.start(), m.end());
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            LocalDate d = LocalDate.of(y, month, Math.min(day, LocalDate.of(y, month, 1).lengthOfMonth()));
            // the reference month itself counts as both past and future
            boolean past = !d.isAfter(reference.withDayOfMonth(reference.lengthOfMonth()));
            boolean future = !d.isBefore(reference.withDayOfMonth(1));
            long distance = Math.abs(ChronoUnit.DAYS.between(reference, d));
            // A tense cue picks the direction, unless that puts the date most of a year away
            // while the other direction has it close.
            if (tense == TenseCue.Tense.PAST && !past || tense == TenseCue.Tense.FUTURE && !future) {
                distance += 270;
            }
            if (distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    private Integer referenceYear() {
        if (reference != null) {
            return reference.getYear();
        }
        return focus == null ? null : focus.start().getYear();
    }

    private Period season(Season s) {
        if (s.year() != null) {
            return Period.season(s.year(), s.season());
        }
        if (reference == null) {
            return null;
        }
        int startMonth = 3 * (s.season() - 20);
        int year = reference.getYear();
        LocalDate start = LocalDate.of(year, startMonth, 1);
        return switch (s.direction()) {
            // the last such season that has ended by the reference date
            case LAST -> Period.season(start.plusMonths(3).isAfter(reference) ? year - 1 : year, s.season());
            case NEXT -> Period.season(start.isAfter(reference) ? year : year + 1, s.season());
            default -> Period.season(year, s.season());
        };
    }

    private Period quarter(Quarter q) {
        if (q.year() != null) {
            return Period.quarter(q.year(), q.quarter());
        }
        Integer year = referenceYear();
        return year == null ? null : Period.quarter(year + (q.yearShift() == null ? 0 : q.yearShift()), q.quarter());
    }

    /** "the quarter ended Sept. 30": the calendar quarter holding most of the three months before. */
    private static final Pattern ENDED = Pattern.compile("\\s{1,3}(?:ended|ending)\\s{1,3}(" + Lexicon.MONTH + ")\\s{0,3}(" + Lexicon.DAY + ")",
            Pattern.CASE_INSENSITIVE);

    private Period quarterEnded(Mention m) {
        Matcher e = ENDED.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
        if (!e.lookingAt()) {
            return null;
        }
        int month = Lexicon.month(e.group(1));
        Integer year = yearForMonth(month, Lexicon.day(e.group(2)), m);
        return year == null ? null : Period.containing(LocalDate.of(year, month, 1).minusMonths(1), Granularity.QUARTER);
    }

    private Period currentQuarter(CurrentQuarter q, Mention m) {
        Period ended = q.quarterShift() == 0 && q.yearShift() == 0 ? quarterEnded(m) : null;
        if (ended != null) {
            return ended;
        }
        Period base;
        if (q.current() && reference != null || focus == null && reference != null && q.quarterShift() > 0) {
            base = Period.containing(reference, Granularity.QUARTER);
        } else if (focus != null && focus.granularity() == Granularity.QUARTER) {
            base = focus;
        } else if (reference != null) {
            base = Period.containing(reference, Granularity.QUARTER).plus(-3, ChronoUnit.MONTHS);
        } else {
            return null;
        }
        return base.plus(3L * q.quarterShift(), ChronoUnit.MONTHS).plus(q.yearShift(), ChronoUnit.YEARS);
    }

    private Period weekday(Weekday w, Mention m) {
        if (reference == null) {
            return null;
        }
        DayOfWeek d = w.day();
        LocalDate date = switch (w.direction()) {
            case LAST -> reference.with(TemporalAdjusters.previous(d));
            case NEXT -> reference.with(TemporalAdjusters.next(d));
            case THIS -> reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(d));
            default -> TenseCue.pointsForward(text, m.start(), m.end()) ? reference.with(TemporalAdjusters.nextOrSame(d))
                    : reference.with(TemporalAdjusters.previousOrSame(d));
        };
        return Period.day(date);
    }

    private LocalDate weekend(Direction direction) {
        if (reference == null) {
            return null;
        }
        LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (direction) {
            case LAST -> monday.minusDays(2);
            case NEXT -> monday.plusDays(12);
            default -> reference.getDayOfWeek().getValue() >= DayOfWeek.FRIDAY.getValue() ? monday.plusDays(5) : monday.minusDays(2);
        };
    }

    private Period relativeMonth(RelativeMonth r) {
        if (reference == null) {
            return null;
        }
        int refMonth = reference.getMonthValue(), year = reference.getYear();
        if (r.yearShift() != null) {
            year += r.yearShift();
        } else if (r.direction() == Direction.LAST) {
            year = r.month() < refMonth ? year : year - 1;
        } else if (r.direction() == Direction.NEXT) {
            year = r.month() > refMonth ? year : year + 1;
        }
        if (r.day() == null) {
            return Period.month(year, r.month());
        }
        return r.day() > LocalDate.of(year, r.month(), 1).lengthOfMonth() ? null : Period.day(LocalDate.of(year, r.month(), r.day()));
    }

    private Period holiday(Holiday h, Mention m) {
        if (h.year() != null) {
            return Period.day(HolidayCalendar.in(h.name(), h.year()));
        }
        if (reference == null) {
            return null;
        }
        boolean forward = h.direction() == Direction.NEXT || h.direction() != Direction.LAST && TenseCue.pointsForward(text, m.start(), m.end());
        LocalDate best = null;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            LocalDate d = HolidayCalendar.in(h.name(), y);
            boolean allowed = switch (h.direction()) {
                case LAST -> d.isBefore(reference);
                case NEXT -> d.isAfter(reference);
                default -> !forward || !d.isBefore(reference);
            };
            if (allowed && (best == null || Math.abs(ChronoUnit.DAYS.between(reference, d)) < Math.abs(ChronoUnit.DAYS.between(reference, best)))) {
                best = d;
            }
        }
        return best == null ? null : Period.day(best);
    }

    private Period shift(Shift s, Mention m) {
        if (s.amount() == null) {
            return null;
        }
        Granularity g = granularityOf(s.unit());
        // "a year earlier" after "the third quarter": the third quarter of the year before.
        // "a year ago" counts from the reference, except in a report on a quarter, where it
        // means that quarter a year before.
        if (s.keepPeriod() && focus != null && focus.granularity().compareTo(Granularity.YEAR) < 0
                && (s.fromFocus() || focus.granularity() == Granularity.QUARTER && m.start() - focusEnd < NEARBY)) {
            return focus.plus(s.amount(), s.unit());
        }
        Period anchor;
        if (s.fromFocus() && focus != null) {
            anchor = focus;
        } else if (reference != null) {
            anchor = Period.day(reference);
        } else {
            return null;
        }
        if (s.amount() == 0) {
            return anchor.coarsen(g);
        }
        return Period.containing(anchor.start().plus(s.amount(), s.unit()), g.compareTo(anchor.granularity()) > 0 ? g : anchor.granularity());
    }

    private static Granularity granularityOf(ChronoUnit unit) {
        return switch (unit) {
            case DAYS -> Granularity.DAY;
            case WEEKS -> Granularity.WEEK;
            case MONTHS -> Granularity.MONTH;
            case DECADES, CENTURIES -> unit == ChronoUnit.DECADES ? Granularity.DECADE : Granularity.CENTURY;
            default -> Granularity.YEAR;
        };
    }
}
