package org.annals.enrich.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Set;
import org.annals.enrich.tagging.Enricher;
import org.annals.enrich.tagging.TaggingRequest;
import org.annals.events.EventCodec;
import org.annals.events.EventData;
import org.annals.events.Envelope;
import org.annals.events.Tag;
import org.annals.events.TextEnriched;
import org.annals.events.TextExtracted;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.ConsumerThread;
import org.annals.kafka.EventWorkers;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.service.ConsumerStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code annals.extracted} and publishes a {@code text.enriched} event per extracted
 * text. The event id is derived from the extracted event's id and the enricher's version:
 * re-enriching with the same taggers repeats the id, a new tagger version makes a new one.
 */
@Context
public class EnrichmentWorker implements ConsumerStatus {

    public static final String GROUP = "annals-enrich";
    public static final String EVENT_SOURCE = "/annals/enrich-service";
    private static final Logger LOG = LoggerFactory.getLogger(EnrichmentWorker.class);

    private final Enricher enricher;
    private final EventPublisher publisher;
    private final MeterRegistry meters;
    private final Timer duration;
    private final EventWorkers workers;

    public EnrichmentWorker(Enricher enricher, EventPublisher publisher, EventCodec codec, KafkaSettings kafka,
                            TopicNames topics, MeterRegistry meters,
                            @Value("${annals.enrich.workers:1}") int workers) {
        this.enricher = enricher;
        this.publisher = publisher;
        this.meters = meters;
        this.duration = Timer.builder("annals.enrichment.duration")
                .description("Time to tag one extracted text")
                .register(meters);
        this.workers = new EventWorkers(workers, GROUP, kafka, topics, Set.of(Topic.EXTRACTED), codec, publisher,
                this::handle);
    }

    @PostConstruct
    void start() {
        this.workers.start();
    }

    @PreDestroy
    void stop() {
        workers.close();
    }

    @Override
    public String consumerName() {
        return "enrichment";
    }

    @Override
    public List<ConsumerThread.State> states() {
        return workers.states();
    }

    void handle(Envelope<EventData> event, ConsumerRecord<String, byte[]> record) {
        if (!(event.data() instanceof TextExtracted extracted)) {
            return; // a failed extraction has nothing to tag
        }
        long started = System.nanoTime();
        List<Tag> tags = enricher.tag(new TaggingRequest(extracted.text(), ReferenceDates.of(extracted),
                extracted.language()));
        duration.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        TextEnriched enriched = new TextEnriched(extracted.ingestId(), extracted.documentId(), extracted.textSha256(),
                enricher.identity(), tags);
        publisher.publish(Envelope.derive(event, EVENT_SOURCE, enricher.identity().version(), enriched));
        for (Tag.Kind kind : Tag.Kind.values()) {
            long n = tags.stream().filter(t -> t.type() == kind).count();
            meters.counter("annals.tags", "type", kind.name()).increment(n);
        }
        meters.counter("annals.enrichments").increment();
        LOG.info("Enriched {} ({} chars): {} tags", extracted.ingestId(), extracted.text().length(), tags.size());
    }
}
