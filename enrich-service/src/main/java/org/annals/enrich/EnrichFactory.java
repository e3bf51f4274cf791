package org.annals.enrich;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.List;
import org.annals.enrich.citations.CitationTagger;
import org.annals.enrich.dates.DateTagger;
import org.annals.enrich.dates.DateTaggerSettings;
import org.annals.enrich.persons.PersonTagger;
import org.annals.enrich.tagging.CitationTagging;
import org.annals.enrich.tagging.DateTagging;
import org.annals.enrich.tagging.Enricher;
import org.annals.enrich.tagging.PersonTagging;
import org.annals.events.EventCodec;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.kafka.TopicProvisioner;

/** Wires configuration into the taggers and the Kafka clients. */
@Factory
public class EnrichFactory {

    /** The taggers, each loaded once per process (the person model takes seconds and ~0.5 GB). */
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

    @Singleton
    TopicNames topicNames(@Value("${annals.topics.prefix:}") String prefix) {
        return new TopicNames(prefix);
    }

    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Singleton
    @Bean(preDestroy = "close")
    EventPublisher eventPublisher(KafkaSettings kafka, EventCodec codec, TopicNames topics) {
        new TopicProvisioner(kafka).ensure(topics, EnumSet.allOf(Topic.class));
        return new EventPublisher(kafka, codec, topics);
    }
}
