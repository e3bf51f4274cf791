package org.annals.store.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing a verification found wrong, named so an operator can go and look.
 *
 * @param kind   {@code event-hash}, {@code previous-hash}, {@code stream-version}, {@code blob-missing}
 *               or {@code blob-hash}
 * @param detail a sentence saying what differs
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String kind, String documentId, String eventId, Long streamVersion, String blobUri,
                      String detail) {
}
