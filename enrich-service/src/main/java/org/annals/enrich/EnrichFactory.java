package org.annals.enrich;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;
import org.annals.enrich.citations.CitationTagger;
import org.annals.enrich.dates.DateTagger;
import org.annals.enrich.dates.DateTaggerSettings;
import org.annals.enrich.persons.PersonTagger;
import org.annals.enrich.tagging.CitationTagging;
import org.annals.enrich.tagging.DateTagging;
import org.annals.enrich.tagging.Enricher;
import org.annals.enrich.tagging.PersonTagging;
import org.annals.kafka.KafkaSettings;

/** Wires configuration into the taggers and the Kafka clients. */
@Factory
public class EnrichFactory {

    /** The taggers, each loaded once per process (the person model takes seconds and ~0.2 GB of heap). */
    @Singleton
    Enricher enricher(@Value("${annals.enrich.dates.day-first:false}") boolean dayFirst) {
        return new Enricher(List.of(
                new DateTagging(new DateTagger(new DateTaggerSettings(dayFirst))),
                new PersonTagging(new PersonTagger()),
                new CitationTagging(new CitationTagger())));
    }

    @Singleton
    KafkaSettings kafkaSettings(@Value("${kafka.bootstrap.servers}") String bootstrap) {
        return new KafkaSettings(bootstrap, "enrich-service", 20, 600_000);
    }
}
