package org.annals.store;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import java.util.List;
import org.annals.kafka.ConsumerThread;
import org.annals.service.ConsumerStatus;
import org.annals.store.editions.StoreConsumer;

/** Starts recording the pipeline's topics with the service, and reports on it in {@code /health}. */
@Context
public class StoreIntake implements ConsumerStatus {

    private final StoreConsumer consumer;

    public StoreIntake(StoreConsumer consumer) {
        this.consumer = consumer;
    }

    @PostConstruct
    void start() {
        consumer.start();
    }

    @Override
    public String consumerName() {
        return "recording";
    }

    @Override
    public List<ConsumerThread.State> states() {
        return List.of(consumer.state());
    }
}
