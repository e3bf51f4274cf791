package org.annals.kafka;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.annals.events.EventCodec;
import org.annals.events.Envelope;
import org.annals.events.TopicNames;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes envelopes and waits for the broker's acknowledgement, so a caller that goes on
 * (answers an upload, commits an offset) knows the event is durable.
 */
public final class EventPublisher implements AutoCloseable {

    private static final long ACK_TIMEOUT_SECONDS = 90;

    private final Producer<String, byte[]> producer;
    private final EventCodec codec;
    private final TopicNames topics;

    public EventPublisher(KafkaSettings settings, EventCodec codec, TopicNames topics) {
        this(new KafkaProducer<>(settings.producer()), codec, topics);
    }

    EventPublisher(Producer<String, byte[]> producer, EventCodec codec, TopicNames topics) {
        this.producer = producer;
        this.codec = codec;
        this.topics = topics;
    }

    /** Sends the event to its type's topic and blocks until it is acknowledged by all in-sync replicas. */
    public RecordMetadata publish(Envelope<?> event) {
        return send(codec.toRecord(topics, event));
    }

    /** Sends a raw record (dead letters, re-publication) and waits for the acknowledgement. */
    public RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("Interrupted while publishing to " + record.topic(), e);
        } catch (ExecutionException e) {
            throw new PublishException("Kafka did not accept the record for " + record.topic() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new PublishException("Kafka did not acknowledge the record for " + record.topic()
                    + " within " + ACK_TIMEOUT_SECONDS + " s", e);
        }
    }

    public TopicNames topics() {
        return topics;
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }

    /** The broker did not take the event; nothing downstream may assume it exists. */
    public static final class PublishException extends RuntimeException {
        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
