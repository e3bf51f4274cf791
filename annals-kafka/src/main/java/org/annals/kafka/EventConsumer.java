package org.annals.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.events.EventCodec;
import org.annals.events.EventData;
import org.annals.events.Envelope;
import org.annals.events.InvalidEventException;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An at-least-once consumer loop on its own thread.
 *
 * <p>Each record is decoded and validated; an invalid one goes to the dead-letter topic and
 * consumption goes on. A valid one is handed to the {@link EventHandler}; its offset is
 * committed only after the handler returns, so whatever the handler publishes is durable
 * before the input counts as consumed. A handler failure is retried from the same record
 * with a growing pause (a broker outage must not skip work); after {@code maxAttempts}
 * failures of one record it is dead-lettered so one poison record cannot stall its partition.
 */
public final class EventConsumer extends ConsumerThread {

    private static final Logger LOG = LoggerFactory.getLogger(EventConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final String groupId;
    private final KafkaSettings settings;
    private final List<String> topicNames;
    private final EventCodec codec;
    private final DeadLetters deadLetters;
    private final EventHandler handler;
    private final int maxAttempts;
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();

    public EventConsumer(String groupId, KafkaSettings settings, TopicNames names, Collection<Topic> topics,
                         EventCodec codec, EventPublisher publisher, EventHandler handler) {
        this(groupId, settings, names, topics, codec, publisher, handler, 5);
    }

    public EventConsumer(String groupId, KafkaSettings settings, TopicNames names, Collection<Topic> topics,
                         EventCodec codec, EventPublisher publisher, EventHandler handler, int maxAttempts) {
        super("consumer-" + groupId);
        this.groupId = groupId;
        this.settings = settings;
        this.topicNames = topics.stream().map(names::name).toList();
        this.codec = codec;
        this.deadLetters = new DeadLetters(publisher, groupId);
        this.handler = handler;
        this.maxAttempts = maxAttempts;
    }

    public EventConsumer start() {
        startThread();
        return this;
    }

    public long handledCount() {
        return handled.get();
    }

    public long deadLetteredCount() {
        return deadLettered.get();
    }

    @Override
    protected KafkaConsumer<String, byte[]> open() {
        return new KafkaConsumer<>(settings.consumer(groupId));
    }

    @Override
    protected void consume(KafkaConsumer<String, byte[]> kafka) {
        Set<TopicPartition> assigned = new HashSet<>();
        kafka.subscribe(topicNames, new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                assigned.removeAll(partitions);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                assigned.addAll(partitions);
            }
        });
        while (running()) {
            ConsumerRecords<String, byte[]> records = kafka.poll(POLL);
            for (TopicPartition partition : records.partitions()) {
                for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                    if (!running() || !assigned.contains(partition)) {
                        break; // revoked mid-batch: the new owner will take over from the last commit
                    }
                    if (!process(kafka, record)) {
                        break; // retry from this record on the next poll
                    }
                }
            }
        }
    }

    private int attempts;

    /** Returns false when the record must be retried (the partition has been rewound to it). */
    private boolean process(KafkaConsumer<String, byte[]> kafka, ConsumerRecord<String, byte[]> record) {
        Envelope<EventData> event;
        try {
            event = codec.fromRecord(record);
        } catch (InvalidEventException e) {
            LOG.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
            return deadLetterAndCommit(kafka, record, e);
        }
        try {
            handler.handle(event, record);
            attempts = 0;
            handled.incrementAndGet();
            return commit(kafka, record);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRunning();
            return false;
        } catch (Exception e) {
            attempts++;
            if (attempts >= maxAttempts) {
                LOG.error("Giving up on {}-{}@{} after {} attempts; dead-lettering it: {}",
                        record.topic(), record.partition(), record.offset(), attempts, e.getMessage(), e);
                attempts = 0;
                return deadLetterAndCommit(kafka, record, e);
            }
            LOG.warn("Handling {}-{}@{} failed (attempt {} of {}), will retry: {}",
                    record.topic(), record.partition(), record.offset(), attempts, maxAttempts, e.getMessage());
            kafka.seek(new TopicPartition(record.topic(), record.partition()), record.offset());
            pause(Duration.ofMillis(Math.min(30_000, 500L << Math.min(attempts, 6))));
            return false;
        }
    }

    private boolean deadLetterAndCommit(KafkaConsumer<String, byte[]> kafka, ConsumerRecord<String, byte[]> record,
                                        Throwable error) {
        try {
            deadLetters.send(record, error);
        } catch (RuntimeException e) {
            // Without a dead letter the record would be lost: retry it instead.
            LOG.warn("Cannot dead-letter {}-{}@{}, will retry: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            kafka.seek(new TopicPartition(record.topic(), record.partition()), record.offset());
            pause(Duration.ofSeconds(2));
            return false;
        }
        deadLettered.incrementAndGet();
        return commit(kafka, record);
    }

    private boolean commit(KafkaConsumer<String, byte[]> kafka, ConsumerRecord<String, byte[]> record) {
        try {
            kafka.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                    new OffsetAndMetadata(record.offset() + 1)));
            return true;
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            // Typically a rebalance took the partition away; its new owner redoes the record,
            // and the deterministic event id makes the repeat recognisable downstream.
            LOG.warn("Commit of {}-{}@{} failed: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
            return false;
        }
    }
}
