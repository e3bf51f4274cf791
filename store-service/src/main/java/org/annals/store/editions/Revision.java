package org.annals.store.editions;

import org.annals.events.TextEnriched;
import org.annals.store.events.StoredEvent;

/** One enrichment of an edition's text, with the stored event that carried it. */
public record Revision(TextEnriched enrichment, StoredEvent event) {
}
