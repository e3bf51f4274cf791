package org.annals.service;

import java.util.List;
import org.annals.kafka.ConsumerThread;

/** A part of a service that consumes a topic; {@code /health} reports each one's state. */
public interface ConsumerStatus {

    /** What this consumer does, e.g. {@code extraction} or {@code enrichment}. */
    String consumerName();

    List<ConsumerThread.State> states();
}
