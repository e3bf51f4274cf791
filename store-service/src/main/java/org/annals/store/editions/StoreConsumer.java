package org.annals.store.editions;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.annals.events.EventCodec;
import org.annals.events.EventData;
import org.annals.events.Envelope;
import org.annals.events.InvalidEventException;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.DeadLetters;
import org.annals.kafka.ConsumerThread;
import org.annals.kafka.EventConsumer;
import org.annals.kafka.KafkaSettings;
import org.annals.store.events.ConsumedOffsets;
import org.annals.store.events.Database;
import org.annals.store.events.StoreException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the pipeline's topics into the event store, one transaction per record. Unlike
 * {@link EventConsumer} it keeps its offsets in the database, written with the events a
 * record produced, and seeks to them when it takes a partition: the database alone says what
 * has been consumed, so a crash anywhere neither skips nor repeats an effect.
 *
 * <p>It assigns itself every partition rather than joining a consumer group: the SQLite store
 * has one writer anyway, and a group would make a killed store's successor wait out the dead
 * member's session timeout (45 s) before it gets any partition. Several store instances (the
 * PostgreSQL future) would subscribe instead, seeking to the stored offsets on assignment.
 *
 * <p>Invalid records are dead-lettered and their offset still advances. A database failure
 * rewinds to the record and retries it until the database takes it: no record is skipped.
 */
public final class StoreConsumer extends ConsumerThread {

    public static final String GROUP = "annals-store";
    public static final List<Topic> TOPICS = List.of(Topic.SOURCES, Topic.EXTRACTED, Topic.ENRICHED);

    private static final Logger LOG = LoggerFactory.getLogger(StoreConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PARTITION_CHECK = Duration.ofSeconds(30);

    private final KafkaSettings settings;
    private final List<String> topicNames;
    private final EventCodec codec;
    private final Database database;
    private final ConsumedOffsets offsets;
    private final Recorder recorder;
    private final EditionPublisher editions;
    private final DeadLetters deadLetters;
    private int failures;

    public StoreConsumer(KafkaSettings settings, TopicNames names, EventCodec codec, Database database,
                         ConsumedOffsets offsets, Recorder recorder, EditionPublisher editions, DeadLetters deadLetters) {
        super("store-consumer");
        this.settings = settings;
        this.topicNames = TOPICS.stream().map(names::name).toList();
        this.codec = codec;
        this.database = database;
        this.offsets = offsets;
        this.recorder = recorder;
        this.editions = editions;
        this.deadLetters = deadLetters;
    }

    public StoreConsumer start() {
        startThread();
        return this;
    }

    @Override
    protected KafkaConsumer<String, byte[]> open() {
        return new KafkaConsumer<>(settings.consumer(GROUP));
    }

    @Override
    protected void consume(KafkaConsumer<String, byte[]> kafka) {
        long nextPartitionCheck = 0;
        boolean outboxEmpty = editions.flush(); // whatever a crash left unpublished
        while (running()) {
            if (System.nanoTime() >= nextPartitionCheck) {
                try {
                    assignAll(kafka);
                    nextPartitionCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
                } catch (WakeupException e) {
                    throw e;
                } catch (KafkaException e) {
                    // The broker is away: keep what is assigned, ask again shortly.
                    LOG.warn("Cannot list the partitions of {}: {}", topicNames, e.getMessage());
                    nextPartitionCheck = System.nanoTime() + POLL.toNanos() * 4;
                }
            }
            if (kafka.assignment().isEmpty()) {
                pause(POLL);
                continue;
            }
            ConsumerRecords<String, byte[]> records = kafka.poll(POLL);
            for (TopicPartition partition : records.partitions()) {
                for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                    if (!running() || !process(kafka, record)) {
                        break;
                    }
                }
            }
            if (!records.isEmpty() || !outboxEmpty) {
                outboxEmpty = editions.flush();
            }
        }
    }

    /**
     * Takes every partition of the input topics, new ones included, and starts each new one at
     * its stored offset (or the beginning).
     */
    private void assignAll(KafkaConsumer<String, byte[]> kafka) {
        Set<TopicPartition> all = new HashSet<>();
        for (String topic : topicNames) {
            kafka.partitionsFor(topic).forEach(p -> all.add(new TopicPartition(p.topic(), p.partition())));
        }
        Set<TopicPartition> current = kafka.assignment();
        if (all.equals(current)) {
            return;
        }
        Set<TopicPartition> added = new HashSet<>(all);
        added.removeAll(current);
        kafka.assign(all);
        seekToStored(kafka, added);
    }

    private void seekToStored(KafkaConsumer<String, byte[]> kafka, Collection<TopicPartition> partitions) {
        for (TopicPartition p : partitions) {
            OptionalLong next = database.read(c -> offsets.next(c, GROUP, p.topic(), p.partition()));
            if (next.isPresent()) {
                kafka.seek(p, next.getAsLong());
            } else {
                kafka.seekToBeginning(List.of(p));
            }
        }
    }

    /** Returns false when the partition was rewound to this record, to be retried. */
    private boolean process(KafkaConsumer<String, byte[]> kafka, ConsumerRecord<String, byte[]> record) {
        Envelope<EventData> event = null;
        try {
            event = codec.fromRecord(record);
        } catch (InvalidEventException invalid) {
            LOG.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), invalid.getMessage());
            try {
                deadLetters.send(record, invalid);
            } catch (RuntimeException e) {
                return retry(kafka, record, "cannot dead-letter it: " + e.getMessage());
            }
        }
        Envelope<EventData> valid = event;
        try {
            database.transaction(c -> {
                if (valid != null) {
                    recorder.record(c, valid);
                }
                offsets.advance(c, GROUP, record.topic(), record.partition(), record.offset() + 1);
                return null;
            });
            failures = 0;
            return true;
        } catch (StoreException e) {
            return retry(kafka, record, e.getMessage());
        } catch (RuntimeException e) {
            // Not the database: a record the store cannot fold. Retry a few times, then set it
            // aside so one bad record does not stall its partition.
            if (failures + 1 >= 5) {
                LOG.error("Giving up on {}-{}@{}; dead-lettering it: {}", record.topic(), record.partition(),
                        record.offset(), e.getMessage(), e);
                try {
                    deadLetters.send(record, e);
                    database.transaction(c -> {
                        offsets.advance(c, GROUP, record.topic(), record.partition(), record.offset() + 1);
                        return null;
                    });
                    failures = 0;
                    return true;
                } catch (RuntimeException again) {
                    return retry(kafka, record, again.getMessage());
                }
            }
            return retry(kafka, record, e.toString());
        }
    }

    private boolean retry(KafkaConsumer<String, byte[]> kafka, ConsumerRecord<String, byte[]> record, String why) {
        failures++;
        LOG.warn("Recording {}-{}@{} failed (attempt {}), will retry: {}", record.topic(), record.partition(),
                record.offset(), failures, why);
        kafka.seek(new TopicPartition(record.topic(), record.partition()), record.offset());
        pause(Duration.ofMillis(Math.min(30_000, 200L << Math.min(failures, 8))));
        return false;
    }
}
