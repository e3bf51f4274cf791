package org.annals.events;

import java.util.Arrays;
import java.util.Optional;

/** The CloudEvents {@code type} of each event, with the record that carries it and its topic. */
public enum EventType {
    SOURCE_RECEIVED("annals.source.received.v1", SourceReceived.class, Topic.SOURCES),
    TEXT_EXTRACTED("annals.text.extracted.v1", TextExtracted.class, Topic.EXTRACTED),
    EXTRACTION_FAILED("annals.extraction.failed.v1", ExtractionFailed.class, Topic.EXTRACTED),
    TEXT_ENRICHED("annals.text.enriched.v1", TextEnriched.class, Topic.ENRICHED),
    EDITION_RECORDED("annals.edition.recorded.v1", EditionRecorded.class, Topic.EDITIONS),
    REPLAY_REQUESTED("annals.replay.requested.v1", ReplayRequested.class, Topic.OPERATIONS);

    private final String ceType;
    private final Class<? extends EventData> dataClass;
    private final Topic topic;

    EventType(String ceType, Class<? extends EventData> dataClass, Topic topic) {
        this.ceType = ceType;
        this.dataClass = dataClass;
        this.topic = topic;
    }

    public String ceType() {
        return ceType;
    }

    public Class<? extends EventData> dataClass() {
        return dataClass;
    }

    public Topic topic() {
        return topic;
    }

    /** Classpath location of the JSON Schema for this type's {@code data}. */
    public String schemaResource() {
        return "/schemas/" + ceType + ".json";
    }

    public static Optional<EventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }

    static EventType of(Class<?> dataClass) {
        return Arrays.stream(values())
                .filter(t -> t.dataClass == dataClass)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an event class: " + dataClass));
    }
}
