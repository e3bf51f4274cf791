package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.ingest.extraction.ExtractionWorker;
import org.annals.kafka.DeadLetters;
import org.annals.testkit.Corpus;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records on {@code annals.sources} that no extraction worker can read (not JSON, no headers,
 * an unknown type, a schema violation) go to {@code annals.deadletter} with their original
 * coordinates, and the worker goes on to the next upload.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonSourcesTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path data;

    private TopicNames topics;
    private RunningIngestService service;

    @BeforeAll
    void start() {
        topics = TestBroker.freshTopics();
        service = new RunningIngestService(topics, data);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void poisonRecordsAreDeadLetteredWithTheirCoordinatesAndExtractionGoesOn() throws Exception {
        String sources = topics.name(Topic.SOURCES);
        Map<String, RecordMetadata> sent = new LinkedHashMap<>();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            sent.put("not-json", producer.send(record(sources, "poison-json", "annals.source.received.v1",
                    "{not json at all".getBytes(StandardCharsets.UTF_8))).get());
            sent.put("no-headers", producer.send(new ProducerRecord<>(sources, "poison-headers",
                    "{}".getBytes(StandardCharsets.UTF_8))).get());
            sent.put("unknown-type", producer.send(record(sources, "poison-type", "annals.source.teleported.v9",
                    "{}".getBytes(StandardCharsets.UTF_8))).get());
            sent.put("schema-violation", producer.send(record(sources, "poison-schema", "annals.source.received.v1",
                    "{\"documentId\":\"poison-schema\",\"size\":\"large\"}".getBytes(StandardCharsets.UTF_8))).get());
        }
        var good = service.upload("after.txt", Corpus.plainText("Minutes of 16 March 1921."),
                Map.of("documentId", "after-poison"));
        assertThat(good.status()).isEqualTo(202);

        try (TopicReader extracted = new TopicReader(topics, Topic.EXTRACTED)) {
            extracted.awaitMatching(r -> "after-poison".equals(r.key()), WAIT);
        }
        try (TopicReader deadLetters = new TopicReader(topics, Topic.DEADLETTER)) {
            List<ConsumerRecord<String, byte[]>> dead = deadLetters.awaitRecords(sent.size(), WAIT);
            for (var e : sent.entrySet()) {
                RecordMetadata original = e.getValue();
                assertThat(dead).as(e.getKey()).anySatisfy(d -> {
                    assertThat(TopicReader.header(d, DeadLetters.ERROR_TOPIC)).isEqualTo(sources);
                    assertThat(TopicReader.header(d, DeadLetters.ERROR_PARTITION))
                            .isEqualTo(Integer.toString(original.partition()));
                    assertThat(TopicReader.header(d, DeadLetters.ERROR_OFFSET)).isEqualTo(Long.toString(original.offset()));
                    assertThat(TopicReader.header(d, DeadLetters.ERROR_CONSUMER)).isEqualTo(ExtractionWorker.GROUP);
                    assertThat(TopicReader.header(d, DeadLetters.ERROR_CLASS)).isNotBlank();
                    assertThat(TopicReader.header(d, DeadLetters.ERROR_MESSAGE)).isNotBlank();
                });
            }
        }
        assertThat(service.get("/health").text("status")).isEqualTo("UP");
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, String ceType, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/annals/poison".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", ceType.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_time", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_subject", key.getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
}
