package org.annals.kafka;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka consumer on its own thread, with the life cycle every Annals consumer shares: a
 * state for {@code /health}, pauses an interrupt cuts short, and a close that wakes the
 * consumer out of its poll and waits for the thread to finish its record.
 */
public abstract class ConsumerThread implements AutoCloseable {

    public enum State { STARTING, RUNNING, STOPPED, FAILED }

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerThread.class);

    private final String name;
    private final Thread thread;
    private final AtomicReference<State> state = new AtomicReference<>(State.STARTING);
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    protected ConsumerThread(String name) {
        this.name = name;
        this.thread = new Thread(this::run, name);
    }

    /** Creates the consumer; called on the consumer's own thread. */
    protected abstract KafkaConsumer<String, byte[]> open();

    /** Polls and handles records while {@link #running()}; a {@link WakeupException} ends it. */
    protected abstract void consume(KafkaConsumer<String, byte[]> kafka);

    protected final void startThread() {
        thread.start();
    }

    public State state() {
        return state.get();
    }

    protected final boolean running() {
        return running;
    }

    protected final void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    protected final void stopRunning() {
        running = false;
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = open()) {
            consumer = kafka;
            state.set(State.RUNNING);
            consume(kafka);
            state.set(State.STOPPED);
        } catch (WakeupException e) {
            state.set(State.STOPPED);
        } catch (RuntimeException e) {
            LOG.error("Consumer {} stopped: {}", name, e.getMessage(), e);
            state.set(State.FAILED);
        }
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
