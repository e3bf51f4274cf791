package org.annals.enrich.tagging;

import java.util.List;
import org.annals.enrich.persons.PersonTagger;
import org.annals.events.Tag;

/** Person names (Stanford CoreNLP's CRF plus post-processing), each with its canonical name in the document. */
public final class PersonTagging implements Tagger {

    private final PersonTagger persons;

    public PersonTagging(PersonTagger persons) {
        this.persons = persons;
    }

    @Override
    public String name() {
        return PersonTagger.NAME;
    }

    @Override
    public String version() {
        return PersonTagger.VERSION;
    }

    @Override
    public List<Tag> tag(TaggingRequest request) {
        return persons.tag(request.text());
    }
}
