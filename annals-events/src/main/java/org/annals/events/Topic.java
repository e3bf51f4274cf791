package org.annals.events;

import java.util.Map;

/**
 * The Kafka topics of the pipeline (DESIGN §3). Every topic is keyed by documentId so the
 * events of one document stay in one partition, in order.
 */
public enum Topic {
    SOURCES("annals.sources"),
    EXTRACTED("annals.extracted"),
    ENRICHED("annals.enriched"),
    EDITIONS("annals.editions"),
    /** What operators did: replays requested (the store records them first, then publishes). */
    OPERATIONS("annals.operations"),
    DEADLETTER("annals.deadletter");

    /** Default partition count; enough for a handful of worker instances per service. */
    public static final int PARTITIONS = 6;

    /**
     * Largest record a topic accepts. An extracted text is bounded by the extraction write
     * limit (10 M characters by default, at most ~30 MB as UTF-8 JSON before compression);
     * 32 MiB leaves room for metadata and tags.
     */
    public static final int MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

    private final String baseName;

    Topic(String baseName) {
        this.baseName = baseName;
    }

    /** The contract name, e.g. {@code annals.sources}. */
    public String baseName() {
        return baseName;
    }

    /** Topic-level settings: kept forever, compressed, large records allowed. */
    public Map<String, String> configs() {
        return Map.of(
                "retention.ms", "-1",
                "retention.bytes", "-1",
                "compression.type", "zstd",
                "max.message.bytes", Integer.toString(MAX_MESSAGE_BYTES));
    }
}
