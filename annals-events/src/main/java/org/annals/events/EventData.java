package org.annals.events;

/**
 * The {@code data} of one CloudEvent: every Annals event belongs to one stream, a document's
 * (or, for operators' replays, {@link ReplayRequested#STREAM}).
 */
public sealed interface EventData
        permits SourceReceived, TextExtracted, ExtractionFailed, TextEnriched, EditionRecorded, ReplayRequested {

    String documentId();

    /** The upload this event descends from. */
    String ingestId();

    /** The event type this data is carried as. */
    default EventType type() {
        return EventType.of(getClass());
    }
}
