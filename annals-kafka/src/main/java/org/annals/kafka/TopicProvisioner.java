package org.annals.kafka;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics a service uses, with the contract's settings, if they do not exist yet.
 * Every service does this at start-up, so the stack needs no separate setup step and
 * brokers may keep {@code auto.create.topics.enable=false}.
 */
public final class TopicProvisioner {

    private static final short REPLICATION_DEFAULT = -1; // the broker's default.replication.factor

    private final KafkaSettings settings;

    public TopicProvisioner(KafkaSettings settings) {
        this.settings = settings;
    }

    public void ensure(TopicNames names, Collection<Topic> topics) {
        create(topics.stream().map(t -> newTopic(names.name(t), t)).toList());
    }

    /** Creates a topic of any name with the settings of {@code like} (a re-publication's target). */
    public void ensure(String name, Topic like) {
        create(List.of(newTopic(name, like)));
    }

    private static NewTopic newTopic(String name, Topic like) {
        return new NewTopic(name, java.util.Optional.of(Topic.PARTITIONS), java.util.Optional.of(REPLICATION_DEFAULT))
                .configs(like.configs());
    }

    private void create(List<NewTopic> wanted) {
        try (Admin admin = Admin.create(settings.admin())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // Another service instance created it between our list and create: that is fine.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create topics on Kafka at " + settings.bootstrapServers()
                    + ": " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }
}
