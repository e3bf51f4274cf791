package org.annals.events;

/** The {@code data} of one CloudEvent: every Annals event belongs to one document. */
public sealed interface EventData
        permits SourceReceived, TextExtracted, ExtractionFailed, TextEnriched, EditionRecorded {

    String documentId();

    /** The upload this event descends from. */
    String ingestId();

    /** The event type this data is carried as. */
    default EventType type() {
        return EventType.of(getClass());
    }
}
