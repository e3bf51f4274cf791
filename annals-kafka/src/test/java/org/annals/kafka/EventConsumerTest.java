package org.annals.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.events.EventCodec;
import org.annals.events.Envelope;
import org.annals.events.SourceReceived;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The shared consumer loop against a real broker: dead letters, retries, commits. */
class EventConsumerTest {

    private final EventCodec codec = new EventCodec();

    private static SourceReceived source(String documentId) {
        return new SourceReceived("ing-" + documentId, documentId, "c", "f.txt", null, 1, "a".repeat(64),
                "blob:sha256/aa/aa/" + "a".repeat(64), "tester", Instant.now(), null, null);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        TopicNames topics = TestBroker.freshTopics();
        KafkaSettings settings = new KafkaSettings(TestBroker.bootstrapServers(), "test");
        List<String> handled = new CopyOnWriteArrayList<>();
        try (EventPublisher publisher = new EventPublisher(settings, codec, topics)) {
            String sources = topics.name(Topic.SOURCES);
            publisher.publish(Envelope.originate("/annals/test", source("before")));
            publisher.send(new ProducerRecord<>(sources, "bad-json", "{oops".getBytes(StandardCharsets.UTF_8)));
            ProducerRecord<String, byte[]> noType = codec.toRecord(topics, Envelope.originate("/annals/test",
                    source("no-type")));
            noType.headers().remove("ce_type");
            publisher.send(noType);
            RecordHeaders unknown = new RecordHeaders();
            codec.toRecord(topics, Envelope.originate("/annals/test", source("unknown"))).headers()
                    .forEach(h -> unknown.add(h.key().equals("ce_type") ? new org.apache.kafka.common.header.internals
                            .RecordHeader("ce_type", "annals.unknown.v1".getBytes(StandardCharsets.UTF_8)) : h));
            publisher.send(new ProducerRecord<>(sources, null, "unknown", "{}".getBytes(StandardCharsets.UTF_8), unknown));
            publisher.publish(Envelope.originate("/annals/test", source("after")));

            try (EventConsumer consumer = new EventConsumer("g-poison", settings, topics, Set.of(Topic.SOURCES),
                    codec, publisher, (event, record) -> handled.add(event.subject())).start();
                 TopicReader deadLetters = new TopicReader(topics, Topic.DEADLETTER)) {
                List<ConsumerRecord<String, byte[]>> dead = deadLetters.awaitRecords(3, Duration.ofSeconds(60));
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> handled.contains("after"));

                assertThat(handled).containsExactlyInAnyOrder("before", "after");
                assertThat(dead).extracting(ConsumerRecord::key)
                        .containsExactlyInAnyOrder("bad-json", "no-type", "unknown");
                for (ConsumerRecord<String, byte[]> d : dead) {
                    assertThat(header(d, DeadLetters.ERROR_TOPIC)).isEqualTo(sources);
                    assertThat(header(d, DeadLetters.ERROR_OFFSET)).matches("\\d+");
                    assertThat(header(d, DeadLetters.ERROR_PARTITION)).matches("\\d+");
                    assertThat(header(d, DeadLetters.ERROR_MESSAGE)).isNotBlank();
                    assertThat(header(d, DeadLetters.ERROR_CONSUMER)).isEqualTo("g-poison");
                }
                assertThat(dead).filteredOn(d -> d.key().equals("unknown")).singleElement()
                        .satisfies(d -> assertThat(header(d, DeadLetters.ERROR_MESSAGE))
                                .contains("Unknown event type annals.unknown.v1"));
                assertThat(consumer.deadLetteredCount()).isEqualTo(3);
            }
        }
    }

    @Test
    void aFailingHandlerIsRetriedFromTheSameRecordAndAPersistentFailureIsDeadLettered() {
        TopicNames topics = TestBroker.freshTopics();
        KafkaSettings settings = new KafkaSettings(TestBroker.bootstrapServers(), "test");
        AtomicInteger flakyAttempts = new AtomicInteger();
        List<String> handled = new CopyOnWriteArrayList<>();
        try (EventPublisher publisher = new EventPublisher(settings, codec, topics)) {
            // Same key, so same partition and in order: flaky, then poison, then fine.
            for (String doc : List.of("flaky", "poison", "fine")) {
                SourceReceived s = source(doc);
                publisher.publish(Envelope.originate("/annals/test", new SourceReceived(s.ingestId(), "doc",
                        s.collection(), doc, null, 1, s.sha256(), s.blobUri(), s.submittedBy(), s.submittedAt(),
                        null, null)));
            }
            EventHandler handler = (event, record) -> {
                String which = ((SourceReceived) event.data()).filename();
                if (which.equals("flaky") && flakyAttempts.incrementAndGet() < 3) {
                    throw new IllegalStateException("temporarily unavailable");
                }
                if (which.equals("poison")) {
                    throw new IllegalArgumentException("cannot ever handle this");
                }
                handled.add(which);
            };
            try (EventConsumer consumer = new EventConsumer("g-retry", settings, topics, Set.of(Topic.SOURCES),
                    codec, publisher, handler, 3).start();
                 TopicReader deadLetters = new TopicReader(topics, Topic.DEADLETTER)) {
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> handled.contains("fine"));
                ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(1, Duration.ofSeconds(30)).get(0);

                assertThat(handled).containsExactly("flaky", "fine");
                assertThat(flakyAttempts.get()).isEqualTo(3);
                assertThat(header(dead, DeadLetters.ERROR_MESSAGE)).isEqualTo("cannot ever handle this");
                assertThat(header(dead, DeadLetters.ERROR_CLASS)).isEqualTo(IllegalArgumentException.class.getName());
            }

            // Everything was committed: a new consumer in the same group sees nothing.
            List<String> afterRestart = new CopyOnWriteArrayList<>();
            try (EventConsumer again = new EventConsumer("g-retry", settings, topics, Set.of(Topic.SOURCES), codec,
                    publisher, (event, record) -> afterRestart.add(event.subject())).start()) {
                Awaitility.await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                        .until(() -> again.state() == EventConsumer.State.RUNNING);
                assertThat(afterRestart).isEmpty();
            }
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
