package org.annals.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annals tail TOPIC}: a topic's records as JSON lines, as a downstream subscriber sees
 * them. Without {@code --group} it reads every partition and commits nothing, so looking never
 * disturbs a real subscriber; with {@code --group} it reads and commits as that group.
 */
@Command(name = "tail", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print a topic's records as JSON lines.",
                "One line per record: topic, partition, offset, timestamp, key, headers (ce_type, ce_id, …) "
                        + "and data. Starts at the end unless told otherwise; runs until Ctrl-C, --max or --idle."})
final class TailCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final int API_TIMEOUT_MS = 10_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private KafkaServer kafka;

    @Mixin
    private TopicPrefix prefix;

    @Parameters(paramLabel = "TOPIC",
            description = "a topic: sources, extracted, enriched, editions, operations, deadletter (the prefix is added), "
                    + "or any full topic name")
    private String topic;

    @ArgGroup(exclusive = true)
    private Start start;

    static final class Start {
        @Option(names = "--from-beginning", required = true, description = "start at the oldest record")
        boolean beginning;

        @Option(names = "--since", required = true, paramLabel = "TIME",
                description = "start at records from this time: 2024-05-01T12:00:00Z, or a span ago such as 2h, 30m, 1d")
        String since;
    }

    @Option(names = "--group", paramLabel = "G",
            description = "read as this consumer group and commit what was printed (default: no group, commit nothing)")
    private String group;

    @Option(names = "--max", paramLabel = "N", description = "stop after N records")
    private Long max;

    @Option(names = "--idle", paramLabel = "SPAN", description = "stop when no record came for this long, e.g. 5s")
    private String idle;

    @Override
    public Integer call() {
        String name = TopicArgument.resolve(topic, prefix.topics());
        Instant since = start != null && start.since != null ? parse(() -> PointInTime.parse(start.since, Clock.systemUTC()), "--since") : null;
        Duration idleLimit = idle == null ? null : parse(() -> PointInTime.span(idle), "--idle");
        if (max != null && max < 1) {
            throw new ParameterException(spec.commandLine(), "--max must be at least 1");
        }
        String servers = kafka.bootstrapServers();
        PrintWriter out = spec.commandLine().getOut();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings(servers))) {
            List<TopicPartition> partitions = partitions(consumer, name, servers);
            if (group == null) {
                consumer.assign(partitions);
                seek(consumer, partitions, since);
            } else {
                consumer.subscribe(List.of(name), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
                        if (since != null) {
                            seek(consumer, assigned, since);
                        }
                    }
                });
            }
            return follow(consumer, out, idleLimit);
        } catch (TimeoutException e) {
            throw new UnreachableService("Kafka broker", servers);
        } catch (KafkaException e) {
            throw new CommandFailed("reading " + name + " from " + servers + " failed: " + e.getMessage());
        }
    }

    private int follow(KafkaConsumer<byte[], byte[]> consumer, PrintWriter out, Duration idleLimit) {
        CountDownLatch closed = new CountDownLatch(1);
        Thread interrupt = new Thread(() -> {
            consumer.wakeup();
            try {
                closed.await();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "annals-tail-stop");
        Runtime.getRuntime().addShutdownHook(interrupt);
        long printed = 0;
        long lastRecord = System.nanoTime();
        try {
            while (max == null || printed < max) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    out.println(RecordLine.of(record));
                    done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                    if (max != null && ++printed >= max) {
                        break;
                    }
                }
                out.flush();
                if (group != null && !done.isEmpty()) {
                    consumer.commitSync(done);
                }
                if (!records.isEmpty()) {
                    lastRecord = System.nanoTime();
                } else if (idleLimit != null && System.nanoTime() - lastRecord >= idleLimit.toNanos()) {
                    break;
                }
            }
        } catch (WakeupException stopping) {
            // Ctrl-C: the consumer closes below, a group member leaves at once.
        } finally {
            out.flush();
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(interrupt);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running and waits for the close above
            }
        }
        return ExitCode.OK;
    }

    private Properties settings(String servers) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "annals-cli-tail");
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        settings.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Integer.toString(API_TIMEOUT_MS));
        settings.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(API_TIMEOUT_MS));
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, start != null && start.beginning ? "earliest" : "latest");
        if (group != null) {
            settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return settings;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String name, String servers) {
        List<PartitionInfo> infos = consumer.partitionsFor(name);
        if (infos == null || infos.isEmpty()) {
            throw new CommandFailed("there is no topic '" + name + "' on the broker at " + servers
                    + " (short names: " + TopicArgument.shortNames() + "; check --topic-prefix)");
        }
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private void seek(KafkaConsumer<byte[], byte[]> consumer, Collection<TopicPartition> partitions, Instant since) {
        if (since != null) {
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(p -> times.put(p, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp offset = offsets.get(partition);
                if (offset == null) {
                    consumer.seekToEnd(List.of(partition)); // nothing that recent yet
                } else {
                    consumer.seek(partition, offset.offset());
                }
            }
        } else if (start != null && start.beginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
    }

    private <T> T parse(java.util.function.Supplier<T> value, String option) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
