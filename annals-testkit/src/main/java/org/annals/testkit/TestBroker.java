package org.annals.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.local.EmbeddedKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The one Kafka broker all tests in a JVM share, started on first use and stopped when the JVM
 * exits. A Testcontainers {@code apache/kafka} container where Docker is available, else an
 * in-JVM KRaft broker (DESIGN §7). Tests isolate themselves with {@link #freshTopics()}.
 *
 * <p>Set {@code ANNALS_TEST_BROKER=embedded} to use the in-JVM broker even where Docker exists.
 */
public final class TestBroker {

    static final String IMAGE = "apache/kafka:4.1.1";

    private static final AtomicInteger TOPIC_SETS = new AtomicInteger();
    private static TestBroker shared;

    private final String bootstrapServers;
    private final String description;

    private TestBroker(String bootstrapServers, String description) {
        this.bootstrapServers = bootstrapServers;
        this.description = description;
    }

    /** The shared broker, starting it if this is the first use in this JVM. */
    public static synchronized TestBroker instance() {
        if (shared == null) {
            shared = useContainer() ? startContainer() : startEmbedded();
        }
        return shared;
    }

    /** {@code host:port} of the shared broker, for {@code kafka.bootstrap.servers}. */
    public static String bootstrapServers() {
        return instance().bootstrapServers;
    }

    /**
     * Creates the five pipeline topics under a prefix no other test uses, with the contract's
     * partition count and settings, and returns their names.
     */
    public static TopicNames freshTopics() {
        String random = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0x1000000));
        TopicNames names = new TopicNames("t" + TOPIC_SETS.incrementAndGet() + "-" + random + ".");
        List<NewTopic> topics = Arrays.stream(Topic.values())
                .map(topic -> new NewTopic(names.name(topic), Topic.PARTITIONS, (short) 1).configs(topic.configs()))
                .toList();
        try (Admin admin = admin()) {
            admin.createTopics(topics).all().get();
            awaitLeaders(admin, topics.stream().map(NewTopic::name).toList());
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot create the topics " + names.prefix() + "*: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
        return names;
    }

    /**
     * Creation returns before the broker serves the new partitions: a describe right after it
     * fails and the first sends are retried with NOT_LEADER warnings. Listing offsets is answered
     * by each partition's leader; until the metadata has spread it fails with an unknown-topic
     * error, so it is asked again for a while.
     */
    private static void awaitLeaders(Admin admin, List<String> topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (String topic : topics) {
            for (int partition = 0; partition < Topic.PARTITIONS; partition++) {
                partitions.put(new TopicPartition(topic, partition), OffsetSpec.earliest());
            }
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                admin.listOffsets(partitions).all().get();
                return;
            } catch (ExecutionException e) {
                boolean notYet = e.getCause() instanceof org.apache.kafka.common.errors.RetriableException;
                if (!notYet || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /** A new admin client on the shared broker; the caller closes it. */
    public static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    public String address() {
        return bootstrapServers;
    }

    /** Which kind of broker this is, for test reports. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description + " at " + bootstrapServers;
    }

    private static boolean useContainer() {
        return !"embedded".equalsIgnoreCase(System.getenv("ANNALS_TEST_BROKER"))
                && DockerClientFactory.instance().isDockerAvailable();
    }

    private static TestBroker startContainer() {
        @SuppressWarnings("resource") // stopped by the shutdown hook
        KafkaContainer container = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_MESSAGE_MAX_BYTES", Integer.toString(EmbeddedKafka.MESSAGE_MAX_BYTES))
                .withEnv("KAFKA_NUM_PARTITIONS", Integer.toString(Topic.PARTITIONS));
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-broker-stop"));
        return new TestBroker(container.getBootstrapServers(), "Kafka container " + IMAGE);
    }

    private static TestBroker startEmbedded() {
        Path dir;
        try {
            dir = Files.createTempDirectory("annals-test-broker-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedKafka broker = new EmbeddedKafka(dir, 0).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            deleteRecursively(dir);
        }, "test-broker-stop"));
        return new TestBroker(broker.bootstrapServers(), "in-JVM KRaft broker");
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp directory is harmless.
        }
    }
}
