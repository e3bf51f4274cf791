package org.annals.service;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import org.annals.events.EventCodec;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.kafka.TopicProvisioner;

/**
 * The event plumbing every service wires the same way. Each service still defines its own
 * {@link KafkaSettings} bean (client id, poll sizes), which this factory builds on.
 */
@Factory
@Requires(beans = KafkaSettings.class)
public class EventBeans {

    @Singleton
    TopicNames topicNames(@Value("${annals.topics.prefix:}") String prefix) {
        return new TopicNames(prefix);
    }

    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Singleton
    @Bean(preDestroy = "close")
    EventPublisher eventPublisher(KafkaSettings kafka, EventCodec codec, TopicNames topics) {
        // Topics first: a service works on a fresh broker with automatic topic creation off.
        new TopicProvisioner(kafka).ensure(topics, EnumSet.allOf(Topic.class));
        return new EventPublisher(kafka, codec, topics);
    }
}
