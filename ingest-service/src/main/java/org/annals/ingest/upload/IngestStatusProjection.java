package org.annals.ingest.upload;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Set;
import org.annals.events.EditionRecorded;
import org.annals.events.EventCodec;
import org.annals.events.EventData;
import org.annals.events.Envelope;
import org.annals.events.ExtractionFailed;
import org.annals.events.TextEnriched;
import org.annals.events.TextExtracted;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.EventConsumer;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.service.ConsumerStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps each ingest's status current by following the pipeline's topics. Every instance
 * has its own ledger, so each follows the topics in its own consumer group.
 */
@Context
public class IngestStatusProjection implements ConsumerStatus {

    private final EventConsumer consumer;

    public IngestStatusProjection(IngestLedger ledger, EventCodec codec, KafkaSettings kafka, TopicNames topics,
                                  EventPublisher publisher,
                                  @Value("${annals.ingest.instance-id:local}") String instanceId) {
        this.consumer = new EventConsumer("annals-ingest-status." + instanceId, kafka, topics, Set.of(Topic.EXTRACTED, Topic.ENRICHED, Topic.EDITIONS),
                codec, publisher, (event, record) -> apply(ledger, event, record));
    }

    @PostConstruct
    void start() {
        consumer.start();
    }

    @PreDestroy
    void stop() {
        consumer.close();
    }

    @Override
    public String consumerName() {
        return "statusProjection";
    }

    @Override
    public List<EventConsumer.State> states() {
        return List.of(consumer.state());
    }

    private static void apply(IngestLedger ledger, Envelope<EventData> event, ConsumerRecord<String, byte[]> record) {
        if (event.data() instanceof TextExtracted extracted) {
            ledger.advance(extracted.ingestId(), IngestStatus.EXTRACTED, null, null);
        } else if (event.data() instanceof ExtractionFailed failed) {
            ledger.advance(failed.ingestId(), IngestStatus.FAILED, null, failed.reason());
        } else if (event.data() instanceof TextEnriched enriched) {
            ledger.advance(enriched.ingestId(), IngestStatus.ENRICHED, null, null);
        } else if (event.data() instanceof EditionRecorded recorded) {
            ledger.advance(recorded.ingestId(), IngestStatus.RECORDED, recorded.edition(), null);
        }
    }
}
