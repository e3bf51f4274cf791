package org.annals.events;

import java.util.List;

/** Tags found in an extracted text by one enricher version ({@code annals.text.enriched.v1}). */
public record TextEnriched(
        String ingestId,
        String documentId,
        String textSha256,
        Enricher enricher,
        List<Tag> tags) implements EventData {

    public record Enricher(String name, String version) {
    }
}
