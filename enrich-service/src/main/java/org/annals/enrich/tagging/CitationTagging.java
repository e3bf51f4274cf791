package org.annals.enrich.tagging;

import java.util.List;
import org.annals.enrich.citations.CitationTagger;
import org.annals.events.Tag;

/** References: parenthetical, attribution lines, bibliographic strings, URLs and DOIs. */
public final class CitationTagging implements Tagger {

    private final CitationTagger citations;

    public CitationTagging(CitationTagger citations) {
        this.citations = citations;
    }

    @Override
    public String name() {
        return CitationTagger.NAME;
    }

    @Override
    public String version() {
        return CitationTagger.VERSION;
    }

    @Override
    public List<Tag> tag(TaggingRequest request) {
        return citations.tag(request.text());
    }
}
