package org.annals.enrich.tagging;

import java.util.List;
import org.annals.events.Tag;

/**
 * Finds one kind of tag in a text. Its name and version go into every enrichment event and
 * into the event's deterministic id, so a new version yields new events on replay and an
 * unchanged one yields identical ids.
 */
public interface Tagger {

    String name();

    String version();

    /** Tags sorted by start; spans are UTF-16 indices into {@code request.text()}. Thread-safe. */
    List<Tag> tag(TaggingRequest request);
}
