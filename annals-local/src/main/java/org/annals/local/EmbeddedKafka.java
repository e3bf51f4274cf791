package org.annals.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Kafka broker (KRaft, combined broker and controller) running inside this JVM.
 * Used by the local stack and by tests where no Docker engine is available (DESIGN §8).
 *
 * <p>The log directory survives restarts: storage is formatted only on first use, so records
 * written in one run are still there in the next.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    /** The largest topic-level record (32 MiB, see Topic.MAX_MESSAGE_BYTES) plus batch overhead. */
    public static final int MESSAGE_MAX_BYTES = 34 * 1024 * 1024;

    private final Path logDir;
    private final int requestedPort;
    private KafkaRaftServer server;
    private FileChannel lockChannel;
    private int brokerPort;

    /**
     * @param logDir where the broker keeps its data; created if missing
     * @param brokerPort the client port, or 0 to pick a free one
     */
    public EmbeddedKafka(Path logDir, int brokerPort) {
        this.logDir = logDir.toAbsolutePath();
        this.requestedPort = brokerPort;
    }

    /** Formats storage on first use, then starts the broker and blocks until it serves clients. */
    public synchronized EmbeddedKafka start() {
        if (server != null) {
            throw new IllegalStateException("Broker already started on " + bootstrapServers());
        }
        brokerPort = requestedPort == 0 ? FreePorts.pick() : FreePorts.requireFree(requestedPort);
        // The controller port is internal and may change between runs: with a static voter
        // set (controller.quorum.voters) the endpoint is read from config, never from the log.
        int controllerPort = FreePorts.pick();
        KafkaConfig config = new KafkaConfig(settings(brokerPort, controllerPort), false);
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Kafka log directory " + logDir, e);
        }
        lockDirectory();
        KafkaRaftServer raftServer;
        try {
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format();
            }
            raftServer = new KafkaRaftServer(config, Time.SYSTEM);
        } catch (Exception e) {
            unlockDirectory();
            throw new IllegalStateException("Cannot format the Kafka log directory " + logDir + ": " + e.getMessage(), e);
        }
        try {
            raftServer.startup();
        } catch (RuntimeException e) {
            raftServer.shutdown();
            raftServer.awaitShutdown();
            unlockDirectory();
            throw e;
        }
        server = raftServer;
        return this;
    }

    /** {@code localhost:<port>} of the running broker. */
    public synchronized String bootstrapServers() {
        if (server == null) {
            throw new IllegalStateException("Broker not started");
        }
        return "localhost:" + brokerPort;
    }

    public synchronized int port() {
        return brokerPort;
    }

    public Path logDir() {
        return logDir;
    }

    /** Shuts the broker down cleanly (flushes logs, writes the clean-shutdown marker). Idempotent. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
            unlockDirectory();
        }
    }

    /**
     * Kafka locks its log directory only after the controller has opened the metadata log, so a
     * second broker on the same directory would write into the first one's log before failing.
     * Our own lock, taken first, turns that into a clear error.
     */
    private void lockDirectory() {
        Path lockFile = logDir.resolve(".annals.lock");
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DirectoryInUseException(logDir);
            }
            lockChannel = channel;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + lockFile, e);
        }
    }

    private void unlockDirectory() {
        if (lockChannel != null) {
            try {
                lockChannel.close();
            } catch (IOException ignored) {
                // Closing releases the lock; the process exiting would too.
            }
            lockChannel = null;
        }
    }

    private Map<String, Object> settings(int port, int controllerPort) {
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        // One node: every internal topic has exactly one replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "6");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "6");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Services create their topics with the contract's settings; a typo must not create one.
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "6");
        props.put("message.max.bytes", Integer.toString(MESSAGE_MAX_BYTES));
        props.put("replica.fetch.max.bytes", Integer.toString(MESSAGE_MAX_BYTES));
        return props;
    }

    private void format() throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .run();
    }
}
