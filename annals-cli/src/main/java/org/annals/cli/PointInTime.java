package org.annals.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code --since}, {@code --from}, {@code --to}: an RFC 3339 instant, or a span ago such as {@code 2h}. */
final class PointInTime {

    private static final Pattern SPAN = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)");

    private PointInTime() {
    }

    /** @throws IllegalArgumentException with a sentence showing the accepted forms */
    static Instant parse(String text, Clock clock) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            // maybe a span
        }
        return clock.instant().minus(span(value));
    }

    /** {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d}, {@code 2w}, or ISO-8601 {@code PT2H}. */
    static Duration span(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SPAN.matcher(value);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
        }
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a time such as 2024-05-01T12:00:00Z nor a "
                    + "span such as 30s, 15m, 2h or 1d");
        }
    }
}
