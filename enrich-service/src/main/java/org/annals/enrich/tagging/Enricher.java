package org.annals.enrich.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.events.Tag;
import org.annals.events.TextEnriched;

/**
 * Runs every tagger over a text. The preview endpoint and the Kafka consumer share one
 * instance, so each model is loaded once per process. Its version names every tagger's
 * version, so changing any tagger changes the enrichment events' ids.
 */
public final class Enricher {

    public static final String NAME = "annals-enrich";

    private final List<Tagger> taggers;
    private final TextEnriched.Enricher identity;

    public Enricher(List<Tagger> taggers) {
        this.taggers = List.copyOf(taggers);
        String version = taggers.stream()
                .map(t -> t.name() + "-" + t.version())
                .collect(Collectors.joining("+"));
        this.identity = new TextEnriched.Enricher(NAME, version);
    }

    public TextEnriched.Enricher identity() {
        return identity;
    }

    /** All tags, ordered by position (then kind); tags of different kinds may overlap. */
    public List<Tag> tag(TaggingRequest request) {
        List<Tag> all = new ArrayList<>();
        for (Tagger tagger : taggers) {
            all.addAll(tagger.tag(request));
        }
        all.sort(Comparator.comparingInt(Tag::start).thenComparingInt(Tag::end).thenComparing(Tag::type));
        return all;
    }
}
