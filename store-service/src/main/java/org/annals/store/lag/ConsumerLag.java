package org.annals.store.lag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.KafkaSettings;
import org.annals.store.editions.StoreConsumer;
import org.annals.store.events.ConsumedOffsets;
import org.annals.store.events.Database;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far behind each consumer of the pipeline's topics is: every consumer group with offsets
 * on an Annals topic, and the store itself, whose positions live in its database rather than
 * in a group. Lag is records published but not yet consumed, summed per topic.
 */
public final class ConsumerLag {

    public record TopicLag(String topic, long end, long consumed, long lag) {
    }

    public record GroupLag(String group, long lag, List<TopicLag> topics) {
    }

    public record Report(long total, List<GroupLag> groups) {
    }

    private static final long TIMEOUT_SECONDS = 10;

    private final KafkaSettings kafka;
    private final TopicNames names;
    private final Database database;
    private final ConsumedOffsets offsets;

    public ConsumerLag(KafkaSettings kafka, TopicNames names, Database database, ConsumedOffsets offsets) {
        this.kafka = kafka;
        this.names = names;
        this.database = database;
        this.offsets = offsets;
    }

    /** @throws IllegalStateException when Kafka does not answer */
    public Report report() {
        Set<String> topics = Arrays.stream(Topic.values()).map(names::name).collect(Collectors.toSet());
        try (Admin admin = Admin.create(kafka.admin())) {
            Map<TopicPartition, Long> ends = endOffsets(admin, topics);
            List<GroupLag> groups = new ArrayList<>();
            for (ConsumerGroupListing listing : get(admin.listConsumerGroups().all())) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        get(admin.listConsumerGroupOffsets(listing.groupId()).partitionsToOffsetAndMetadata());
                Map<TopicPartition, Long> positions = new HashMap<>();
                committed.forEach((tp, offset) -> {
                    if (offset != null && topics.contains(tp.topic())) {
                        positions.put(tp, offset.offset());
                    }
                });
                if (!positions.isEmpty()) {
                    groups.add(lag(listing.groupId(), positions, ends, positions.keySet()));
                }
            }
            // The store's positions are in its database; a partition it never read is all lag.
            Map<TopicPartition, Long> stored = new HashMap<>();
            database.read(c -> offsets.all(c, StoreConsumer.GROUP)).forEach(p ->
                    stored.put(new TopicPartition(p.topic(), p.partition()), p.nextOffset()));
            Set<String> recorded = StoreConsumer.TOPICS.stream().map(names::name).collect(Collectors.toSet());
            Set<TopicPartition> storeInputs = ends.keySet().stream().filter(tp -> recorded.contains(tp.topic()))
                    .collect(Collectors.toSet());
            groups.add(lag(StoreConsumer.GROUP + " (event store)", stored, ends, storeInputs));
            groups.sort(Comparator.comparing(GroupLag::group));
            return new Report(groups.stream().mapToLong(GroupLag::lag).sum(), groups);
        }
    }

    private static GroupLag lag(String group, Map<TopicPartition, Long> positions, Map<TopicPartition, Long> ends,
                                Set<TopicPartition> partitions) {
        Map<String, long[]> byTopic = new TreeMap<>();
        for (TopicPartition tp : partitions) {
            long end = ends.getOrDefault(tp, 0L);
            long consumed = Math.min(positions.getOrDefault(tp, 0L), end);
            long[] sums = byTopic.computeIfAbsent(tp.topic(), t -> new long[2]);
            sums[0] += end;
            sums[1] += consumed;
        }
        List<TopicLag> topics = byTopic.entrySet().stream()
                .map(e -> new TopicLag(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0] - e.getValue()[1]))
                .toList();
        return new GroupLag(group, topics.stream().mapToLong(TopicLag::lag).sum(), topics);
    }

    private Map<TopicPartition, Long> endOffsets(Admin admin, Set<String> topics) {
        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        get(admin.describeTopics(topics).allTopicNames()).forEach((name, description) ->
                description.partitions().forEach(p -> wanted.put(new TopicPartition(name, p.partition()),
                        OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        get(admin.listOffsets(wanted).all()).forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    private <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Kafka for offsets", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + kafka.bootstrapServers() + " did not answer: "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }
}
