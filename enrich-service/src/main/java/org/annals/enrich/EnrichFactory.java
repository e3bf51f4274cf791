package org.annals.enrich;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.enrich.citations.CitationTagger;
import org.annals.enrich.dates.DateTagger;
import org.annals.enrich.dates.DateTaggerSettings;
import org.annals.enrich.persons.PersonTagger;
import org.annals.enrich.tagging.CitationTagging;
import org.annals.enrich.tagging.DateTagging;
import org.annals.enrich.tagging.Enricher;
import org.annals.enrich.tagging.PersonTagging;
import org.annals.enrich.tagging.Tagger;
import org.annals.kafka.KafkaSettings;

/** Wires configuration into the taggers and the Kafka clients. */
@Factory
public class EnrichFactory {

    /** Every tagger by its configuration name, in the order the enricher runs (and names) them. */
    private static final List<String> TAGGERS = List.of("dates", "persons", "citations");

    /**
     * The configured taggers, each loaded once per process (the person model takes seconds and
     * ~0.2 GB of heap, so it is not loaded when left out). The enricher's version names the
     * taggers it runs: enabling one is a new version, and a re-enrichment replay then records a
     * new revision of every edition it tags differently.
     */
    @Singleton
    Enricher enricher(@Value("${annals.enrich.dates.day-first:false}") boolean dayFirst,
                      @Value("${annals.enrich.taggers:dates,persons,citations}") String taggers) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : taggers.split(",")) {
            String tagger = name.trim().toLowerCase(Locale.ROOT);
            if (!tagger.isEmpty() && !TAGGERS.contains(tagger)) {
                throw new IllegalArgumentException("Unknown tagger '" + name.trim() + "' in annals.enrich.taggers "
                        + "(ANNALS_ENRICH_TAGGERS); the taggers are " + String.join(", ", TAGGERS) + ".");
            }
            wanted.add(tagger);
        }
        List<Tagger> enabled = new ArrayList<>();
        if (wanted.contains("dates")) {
            enabled.add(new DateTagging(new DateTagger(new DateTaggerSettings(dayFirst))));
        }
        if (wanted.contains("persons")) {
            enabled.add(new PersonTagging(new PersonTagger()));
        }
        if (wanted.contains("citations")) {
            enabled.add(new CitationTagging(new CitationTagger()));
        }
        if (enabled.isEmpty()) {
            throw new IllegalArgumentException("annals.enrich.taggers (ANNALS_ENRICH_TAGGERS) names no tagger; "
                    + "give one or more of " + String.join(", ", TAGGERS) + ".");
        }
        return new Enricher(enabled);
    }

    @Singleton
    KafkaSettings kafkaSettings(@Value("${kafka.bootstrap.servers}") String bootstrap) {
        return new KafkaSettings(bootstrap, "enrich-service", 20, 600_000);
    }
}
