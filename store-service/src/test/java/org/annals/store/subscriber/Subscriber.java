package org.annals.store.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A downstream service reading {@code annals.editions} with nothing but kafka-clients and
 * Jackson, as asyncapi.yaml describes it: no Annals code on its class path. It drops
 * redeliveries by {@code ce_id}, which is all the state a subscriber needs for that.
 * (A test holds this file to its imports; keep them to org.apache.kafka, com.fasterxml.jackson, java.)
 */
public final class Subscriber implements AutoCloseable {

    /** What a subscriber takes from one {@code annals.edition.recorded.v1} record. */
    public record Edition(String key, String documentId, int edition, int enrichmentRevision, String type,
                          String eventId, long timestamp) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final boolean inGroup;
    private final Set<String> seen = new HashSet<>();
    private final List<Edition> editions = new ArrayList<>();

    private Subscriber(Properties settings, String topic) {
        this.consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        this.inGroup = settings.containsKey(ConsumerConfig.GROUP_ID_CONFIG);
    }

    /** Joins {@code group}; a group with no committed offsets starts at the beginning of the topic. */
    public static Subscriber fromTheBeginning(String bootstrapServers, String topic, String group) {
        Properties settings = settings(bootstrapServers);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Subscriber subscriber = new Subscriber(settings, topic);
        subscriber.consumer.subscribe(List.of(topic));
        return subscriber;
    }

    /**
     * Takes every partition itself and starts each at its first record whose timestamp (the
     * producer's CreateTime, ms since the epoch) is at or after {@code timestamp}; a partition
     * with none starts at its end.
     */
    public static Subscriber fromTimestamp(String bootstrapServers, String topic, long timestamp) {
        Subscriber subscriber = new Subscriber(settings(bootstrapServers), topic);
        KafkaConsumer<String, byte[]> consumer = subscriber.consumer;
        List<TopicPartition> partitions = subscriber.partitions();
        consumer.assign(partitions);
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(partition -> query.put(partition, timestamp));
        Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(query);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp start = starts.get(partition);
            if (start == null) {
                consumer.seekToEnd(List.of(partition));
            } else {
                consumer.seek(partition, start.offset());
            }
        }
        return subscriber;
    }

    /**
     * Reads up to the end every partition had when called.
     *
     * @return every edition seen so far, each event once, in the order received
     */
    public List<Edition> readToEnd(Duration limit) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions());
        long deadline = System.nanoTime() + limit.toNanos();
        while (!reached(ends)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Did not reach " + ends + " on " + topic + " within " + limit);
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                take(record);
            }
            if (inGroup) {
                // Done with what was polled: a restart resumes after it.
                consumer.commitSync();
            }
        }
        return List.copyOf(editions);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    private void take(ConsumerRecord<String, byte[]> record) {
        String eventId = header(record, "ce_id");
        if (!seen.add(eventId)) {
            return;
        }
        try {
            JsonNode data = JSON.readTree(record.value());
            editions.add(new Edition(record.key(), data.path("documentId").asText(), data.path("edition").asInt(),
                    data.path("enrichmentRevision").asInt(), header(record, "ce_type"), eventId, record.timestamp()));
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset(), e);
        }
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        // A group member has no position until the group has given it the partitions.
        return consumer.assignment().containsAll(ends.keySet())
                && ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private List<TopicPartition> partitions() {
        return consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }

    private static Properties settings(String bootstrapServers) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Only what producers committed, should any of them write in transactions.
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return settings;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
