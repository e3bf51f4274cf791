package org.annals.enrich.dates;

/**
 * Options of the {@link DateTagger}.
 *
 * @param dayFirst how to read an ambiguous numeric date such as {@code 3/4/1921}: {@code false}
 *                 (the default) reads month/day as in US usage, {@code true} reads day/month.
 *                 Unambiguous dates ({@code 16/3/1921}) are read correctly either way, and
 *                 dot-separated dates ({@code 16.03.1921}) are always day-first, as in the
 *                 European usage that writes them.
 */
public record DateTaggerSettings(boolean dayFirst) {

    public static final DateTaggerSettings DEFAULT = new DateTaggerSettings(false);
}
