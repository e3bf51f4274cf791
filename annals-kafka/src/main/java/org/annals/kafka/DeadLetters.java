package org.annals.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.annals.events.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends a record a consumer cannot use to {@code annals.deadletter}: the original key, value
 * and headers, plus {@code annals_error_*} headers saying what was wrong and where it came from.
 */
public final class DeadLetters {

    public static final String ERROR_CLASS = "annals_error_class";
    public static final String ERROR_MESSAGE = "annals_error_message";
    public static final String ERROR_TOPIC = "annals_error_topic";
    public static final String ERROR_PARTITION = "annals_error_partition";
    public static final String ERROR_OFFSET = "annals_error_offset";
    public static final String ERROR_CONSUMER = "annals_error_consumer";
    public static final String ERROR_TIME = "annals_error_time";

    private final EventPublisher publisher;
    private final String consumerGroup;

    public DeadLetters(EventPublisher publisher, String consumerGroup) {
        this.publisher = publisher;
        this.consumerGroup = consumerGroup;
    }

    public void send(ConsumerRecord<String, byte[]> original, Throwable error) {
        Headers headers = new RecordHeaders();
        for (Header header : original.headers()) {
            headers.add(header);
        }
        put(headers, ERROR_CLASS, error.getClass().getName());
        put(headers, ERROR_MESSAGE, String.valueOf(error.getMessage()));
        put(headers, ERROR_TOPIC, original.topic());
        put(headers, ERROR_PARTITION, Integer.toString(original.partition()));
        put(headers, ERROR_OFFSET, Long.toString(original.offset()));
        put(headers, ERROR_CONSUMER, consumerGroup);
        put(headers, ERROR_TIME, Instant.now().toString());
        String topic = publisher.topics().name(Topic.DEADLETTER);
        publisher.send(new ProducerRecord<>(topic, null, original.key(), original.value(), headers));
    }

    private static void put(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
