package org.annals.kafka;

import org.annals.events.EventData;
import org.annals.events.Envelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What a service does with one valid event. Throwing means "not done": the record is retried. */
@FunctionalInterface
public interface EventHandler {

    void handle(Envelope<EventData> event, ConsumerRecord<String, byte[]> record) throws Exception;
}
