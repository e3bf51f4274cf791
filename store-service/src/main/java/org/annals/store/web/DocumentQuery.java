package org.annals.store.web;

import java.time.LocalDate;

/**
 * The filters of the documents list, already checked.
 *
 * @param match    an FTS5 expression built from the user's words, each quoted: never a syntax error
 * @param person   lower-cased part of a PERSON tag value of the latest edition
 * @param dateFrom DATE tags of the latest edition must reach this day or later
 * @param dateTo   … and start on this day or earlier
 */
public record DocumentQuery(String collection, String match, String person, LocalDate dateFrom, LocalDate dateTo,
                            int page, int size) {
}
