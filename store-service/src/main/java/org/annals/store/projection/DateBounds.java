package org.annals.store.projection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar interval an EDTF date value covers, so date filters can compare intervals:
 * {@code 1921} → 1921-01-01..1921-12-31, {@code 1921-03} → March, {@code 192X} → the 1920s,
 * {@code 18XX} → the 1800s, {@code 1919/1922} → both ends' outer bounds, seasons (21–24) and
 * quarters (33–36) → their months. Qualifiers ({@code ~ ? %}) are ignored: an approximate
 * 1921 is searched as 1921.
 */
public record DateBounds(LocalDate from, LocalDate to) {

    /** Bounds are compared as ISO strings in SQL: keep them within four-digit years. */
    public static final LocalDate FLOOR = LocalDate.of(1, 1, 1);
    public static final LocalDate CEILING = LocalDate.of(9999, 12, 31);

    public DateBounds {
        from = from.isBefore(FLOOR) ? FLOOR : from;
        to = to.isAfter(CEILING) ? CEILING : to;
    }

    private static final Pattern POINT = Pattern.compile("(-?\\d{2}[\\dX]{2})(?:-(\\d{2}|XX)(?:-(\\d{2}|XX))?)?");

    public static Optional<DateBounds> of(String edtf) {
        if (edtf == null || edtf.isBlank()) {
            return Optional.empty();
        }
        String value = edtf.replaceAll("[~?%]", "").trim();
        int slash = value.indexOf('/');
        if (slash >= 0) {
            Optional<DateBounds> start = point(value.substring(0, slash));
            Optional<DateBounds> end = point(value.substring(slash + 1));
            if (start.isEmpty() && end.isEmpty()) {
                return Optional.empty();
            }
            // An open or unknown end ("1919/..", "1919/") reaches as far as it can.
            LocalDate from = start.map(DateBounds::from).orElse(FLOOR);
            LocalDate to = end.map(DateBounds::to).orElse(CEILING);
            return from.isAfter(to) ? Optional.empty() : Optional.of(new DateBounds(from, to));
        }
        return point(value);
    }

    private static Optional<DateBounds> point(String value) {
        Matcher m = POINT.matcher(value.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            String year = m.group(1);
            int unspecified = year.length() - year.replace("X", "").length();
            if (unspecified > 0) {
                if (!year.substring(year.length() - unspecified).chars().allMatch(ch -> ch == 'X')) {
                    return Optional.empty(); // "19X1": not an interval
                }
                int span = (int) Math.pow(10, unspecified);
                int first = Integer.parseInt(year.replace('X', '0'));
                return Optional.of(new DateBounds(LocalDate.of(first, 1, 1), LocalDate.of(first + span - 1, 12, 31)));
            }
            int y = Integer.parseInt(year);
            String month = m.group(2);
            if (month == null || month.equals("XX")) {
                return Optional.of(new DateBounds(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
            int mm = Integer.parseInt(month);
            String day = m.group(3);
            if (mm >= 1 && mm <= 12) {
                if (day == null || day.equals("XX")) {
                    YearMonth ym = YearMonth.of(y, mm);
                    return Optional.of(new DateBounds(ym.atDay(1), ym.atEndOfMonth()));
                }
                LocalDate date = LocalDate.of(y, mm, Integer.parseInt(day));
                return Optional.of(new DateBounds(date, date));
            }
            if (day != null) {
                return Optional.empty();
            }
            return months(y, mm);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** EDTF sub-year groupings: 21–24 seasons, 25–32 hemisphere seasons, 33–36 quarters, 37–39, 40–41. */
    private static Optional<DateBounds> months(int year, int code) {
        int firstMonth;
        int count;
        if (code >= 21 && code <= 24) {
            firstMonth = 3 + (code - 21) * 3; // spring: March–May … winter: December–February
            count = 3;
        } else if (code >= 25 && code <= 28) {
            firstMonth = 3 + (code - 25) * 3; // northern hemisphere
            count = 3;
        } else if (code >= 29 && code <= 32) {
            firstMonth = 9 + (code - 29) * 3; // southern hemisphere: spring is September
            count = 3;
        } else if (code >= 33 && code <= 36) {
            firstMonth = 1 + (code - 33) * 3;
            count = 3;
        } else if (code >= 37 && code <= 39) {
            firstMonth = 1 + (code - 37) * 4;
            count = 4;
        } else if (code >= 40 && code <= 41) {
            firstMonth = 1 + (code - 40) * 6;
            count = 6;
        } else {
            return Optional.empty();
        }
        YearMonth start = YearMonth.of(year, 1).plusMonths(firstMonth - 1L);
        YearMonth end = start.plusMonths(count - 1L);
        return Optional.of(new DateBounds(start.atDay(1), end.atEndOfMonth()));
    }
}
