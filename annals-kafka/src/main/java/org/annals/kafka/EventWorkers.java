package org.annals.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.annals.events.EventCodec;
import org.annals.events.Topic;
import org.annals.events.TopicNames;

/**
 * Several {@link EventConsumer}s in one consumer group, sharing a topic's partitions — how a
 * service runs its work on more than one thread, and how more instances join in.
 */
public final class EventWorkers implements AutoCloseable {

    private final List<EventConsumer> consumers = new ArrayList<>();

    public EventWorkers(int count, String groupId, KafkaSettings settings, TopicNames names,
                        Collection<Topic> topics, EventCodec codec, EventPublisher publisher, EventHandler handler) {
        for (int i = 0; i < count; i++) {
            consumers.add(new EventConsumer(groupId, settings, names, topics, codec, publisher, handler));
        }
    }

    public EventWorkers start() {
        consumers.forEach(EventConsumer::start);
        return this;
    }

    public List<ConsumerThread.State> states() {
        return consumers.stream().map(EventConsumer::state).toList();
    }

    @Override
    public void close() {
        consumers.forEach(EventConsumer::close);
    }
}
