package org.annals.store;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.annals.events.EventCodec;
import org.annals.events.TopicNames;
import org.annals.kafka.DeadLetters;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.kafka.TopicProvisioner;
import org.annals.store.editions.EditionPublisher;
import org.annals.store.editions.Recorder;
import org.annals.store.editions.StoreConsumer;
import org.annals.store.events.ConsumedOffsets;
import org.annals.store.events.Database;
import org.annals.store.events.EventStore;
import org.annals.store.events.Outbox;
import org.annals.store.jobs.Jobs;
import org.annals.store.lag.ConsumerLag;
import org.annals.store.projection.ProjectionRebuild;
import org.annals.store.projection.Projections;
import org.annals.store.replay.Replays;
import org.annals.store.verify.Verification;
import org.annals.store.web.SourceBlobs;

/**
 * Wires configuration (application.yml, environment) into the service's parts. Topic names,
 * the codec and the publisher come from annals-service's {@code EventBeans}.
 */
@Factory
public class StoreFactory {

    @Singleton
    StoreSettings storeSettings(@Value("${annals.data-dir}") String dataDir) {
        return new StoreSettings(Path.of(dataDir).toAbsolutePath().normalize());
    }

    @Singleton
    KafkaSettings kafkaSettings(@Value("${kafka.bootstrap.servers}") String bootstrap) {
        return new KafkaSettings(bootstrap, "store-service");
    }

    @Singleton
    @Bean(preDestroy = "close")
    Database database(StoreSettings settings) {
        return Database.open(settings.eventStoreFile());
    }

    @Singleton
    EventStore eventStore(EventCodec codec) {
        return new EventStore(codec);
    }

    @Singleton
    Projections projections(EventCodec codec) {
        return new Projections(codec);
    }

    @Singleton
    @Bean(preDestroy = "close")
    Jobs jobs() {
        return new Jobs();
    }

    @Singleton
    ProjectionRebuild projectionRebuild(Database database, EventStore store, Projections projections, EventCodec codec) {
        return new ProjectionRebuild(database, store, projections, codec);
    }

    @Singleton
    Replays replays(Jobs jobs, Database database, EventStore store, EditionPublisher editions, ProjectionRebuild rebuild,
                    EventPublisher publisher, KafkaSettings kafka, EventCodec codec) {
        return new Replays(jobs, database, store, new Outbox(), editions, rebuild, publisher, new TopicProvisioner(kafka),
                codec);
    }

    @Singleton
    ConsumerLag consumerLag(KafkaSettings kafka, TopicNames topics, Database database) {
        return new ConsumerLag(kafka, topics, database, new ConsumedOffsets());
    }

    @Singleton
    Verification verification(Database database, EventStore store, SourceBlobs blobs, EventCodec codec) {
        return new Verification(database, store, blobs, codec);
    }

    @Singleton
    Recorder recorder(EventStore store, Projections projections, EventCodec codec) {
        return new Recorder(store, new Outbox(), projections, codec);
    }

    @Singleton
    EditionPublisher editionPublisher(Database database, EventStore store, EventPublisher publisher, EventCodec codec) {
        return new EditionPublisher(database, store, new Outbox(), publisher, codec);
    }

    @Singleton
    @Bean(preDestroy = "close")
    StoreConsumer storeConsumer(KafkaSettings kafka, TopicNames topics, EventCodec codec, Database database,
                                Recorder recorder, EditionPublisher editions, EventPublisher publisher) {
        return new StoreConsumer(kafka, topics, codec, database, new ConsumedOffsets(), recorder, editions,
                new DeadLetters(publisher, StoreConsumer.GROUP));
    }

    @Singleton
    SourceBlobs sourceBlobs(StoreSettings settings) {
        return new SourceBlobs(settings.blobDir());
    }
}
