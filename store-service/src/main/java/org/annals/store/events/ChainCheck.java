package org.annals.store.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of recomputing a stream's hash chain.
 *
 * @param brokenAt the stream version of the first event that does not fit, or null
 * @param problem  a sentence saying what does not fit, or null
 * @param kind     {@code stream-version}, {@code previous-hash} or {@code event-hash}; null when valid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainCheck(boolean valid, Long brokenAt, String eventId, String problem, String kind) {

    public static final ChainCheck VALID = new ChainCheck(true, null, null, null, null);

    static ChainCheck broken(StoredEvent event, String kind, String why) {
        return new ChainCheck(false, event.streamVersion(), event.eventId(),
                "Event " + event.eventId() + " (stream version " + event.streamVersion() + ") is altered: " + why + ".",
                kind);
    }
}
