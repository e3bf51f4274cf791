package org.annals.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.local.EmbeddedKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic from the beginning, as a downstream subscriber would, so a test can assert on
 * what a service published. Partitions are assigned directly (no consumer group), once the topic
 * exists: a reader may be opened before the service under test has created its topics.
 */
public final class TopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(30);
    private static final int VALUE_PREVIEW = 160;

    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
    private boolean assigned;

    /** A reader of {@code topic} on the shared {@link TestBroker}. */
    public TopicReader(TopicNames names, Topic topic) {
        this(TestBroker.bootstrapServers(), names.name(topic));
    }

    public TopicReader(String bootstrapServers, String topic) {
        this.topic = topic;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(EmbeddedKafka.MESSAGE_MAX_BYTES));
        // Only records of committed transactions, as a real subscriber sees them.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Waits until at least {@code count} records have arrived.
     *
     * @return every record received so far (possibly more than {@code count}), in arrival order
     */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count) {
            if (System.nanoTime() > deadline) {
                fail("Expected " + count + " record(s) on " + topic + " within " + timeout + ", got " + describeReceived());
            }
            poll();
        }
        return List.copyOf(received);
    }

    /** Waits for the first record, received earlier or now, that satisfies {@code condition}. */
    public ConsumerRecord<String, byte[]> awaitMatching(Predicate<ConsumerRecord<String, byte[]>> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < received.size(); checked++) {
                if (condition.test(received.get(checked))) {
                    return received.get(checked);
                }
            }
            if (System.nanoTime() > deadline) {
                return fail("No record on " + topic + " matched within " + timeout + "; got " + describeReceived());
            }
            poll();
        }
    }

    /**
     * Everything on the topic so far: reads at least up to the end of each partition as of this
     * call, and keeps listening until {@code linger} has passed since the call, for records still
     * in flight. Use it to assert that something did <em>not</em> arrive.
     *
     * @return every record received so far, in arrival order
     */
    public List<ConsumerRecord<String, byte[]>> readAll(Duration linger) {
        long lingerEnd = System.nanoTime() + linger.toNanos();
        if (assigned || assign()) {
            catchUp();
        }
        while (System.nanoTime() < lingerEnd) {
            poll();
        }
        return List.copyOf(received);
    }

    /** What has arrived so far, without waiting. */
    public List<ConsumerRecord<String, byte[]>> received() {
        return List.copyOf(received);
    }

    /** The value of header {@code name} as UTF-8, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The record value as UTF-8 text. */
    public static String text(ConsumerRecord<?, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    private void poll() {
        if (!assigned && !assign()) {
            sleep();
            return;
        }
        consumer.poll(POLL).forEach(received::add);
    }

    private void catchUp() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
            if (System.nanoTime() > deadline) {
                fail("Could not read to the end of " + topic + " " + ends + " within " + CATCH_UP_LIMIT + "; got "
                        + describeReceived());
            }
            consumer.poll(POLL).forEach(received::add);
        }
    }

    private boolean assign() {
        List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(5)).getOrDefault(topic, List.of()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            return false;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        assigned = true;
        return true;
    }

    private String describeReceived() {
        if (!assigned) {
            return "nothing: the topic does not exist";
        }
        if (received.isEmpty()) {
            return "none";
        }
        return received.size() + ":" + received.stream().map(TopicReader::describe)
                .collect(Collectors.joining(System.lineSeparator() + "  ", System.lineSeparator() + "  ", ""));
    }

    private static String describe(ConsumerRecord<String, byte[]> record) {
        String value = text(record);
        if (value != null && value.length() > VALUE_PREVIEW) {
            value = value.substring(0, VALUE_PREVIEW) + "... (" + record.value().length + " bytes)";
        }
        return "partition " + record.partition() + " offset " + record.offset() + " key=" + record.key()
                + " ce_type=" + header(record, "ce_type") + " value=" + value;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading", e);
        }
    }
}
