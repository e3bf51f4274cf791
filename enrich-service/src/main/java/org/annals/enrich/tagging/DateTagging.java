package org.annals.enrich.tagging;

import java.util.List;
import org.annals.enrich.dates.DateTagger;
import org.annals.events.Tag;

/** Dates, normalised to EDTF. */
public final class DateTagging implements Tagger {

    private final DateTagger dates;

    public DateTagging(DateTagger dates) {
        this.dates = dates;
    }

    @Override
    public String name() {
        return DateTagger.NAME;
    }

    @Override
    public String version() {
        return DateTagger.VERSION;
    }

    @Override
    public List<Tag> tag(TaggingRequest request) {
        return dates.tag(request.text(), request.referenceDate());
    }
}
