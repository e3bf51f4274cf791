package org.annals.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

@WithKafka
class TestBrokerTest {

    @Test
    void freshTopicsCreatesEveryPipelineTopicWithTheContractSettings(TopicNames names) throws Exception {
        List<String> expected = Arrays.stream(Topic.values()).map(names::name).toList();
        try (Admin admin = TestBroker.admin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(expected).allTopicNames().get();
            assertThat(topics).hasSize(Topic.values().length);
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(Topic.PARTITIONS));

            ConfigResource sources = new ConfigResource(ConfigResource.Type.TOPIC, names.name(Topic.SOURCES));
            Config config = admin.describeConfigs(List.of(sources)).all().get().get(sources);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
            assertThat(config.get("compression.type").value()).isEqualTo("zstd");
        }
    }

    @Test
    void eachCallGetsItsOwnPrefix() {
        assertThat(TestBroker.freshTopics().prefix()).isNotEqualTo(TestBroker.freshTopics().prefix());
    }

    @Test
    void topicReaderSeesWhatWasProduced(TestBroker broker, TopicNames names) {
        try (TopicReader reader = new TopicReader(names, Topic.EXTRACTED);
             KafkaProducer<String, byte[]> producer = producer(broker.address())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(names.name(Topic.EXTRACTED), "doc-7",
                    "{\"text\":\"Kollontai\"}".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", "annals.text.extracted.v1".getBytes(StandardCharsets.UTF_8));
            producer.send(record);
            producer.flush();

            List<ConsumerRecord<String, byte[]>> received = reader.awaitRecords(1, Duration.ofSeconds(30));
            assertThat(received).hasSize(1);
            assertThat(received.get(0).key()).isEqualTo("doc-7");
            assertThat(TopicReader.header(received.get(0), "ce_type")).isEqualTo("annals.text.extracted.v1");
            assertThat(reader.awaitMatching(r -> TopicReader.text(r).contains("Kollontai"), Duration.ofSeconds(1)))
                    .isSameAs(received.get(0));
        }
    }

    @Test
    void topicReaderFailsWithWhatItGot(TopicNames names) {
        try (TopicReader reader = new TopicReader(names, Topic.ENRICHED);
             KafkaProducer<String, byte[]> producer = producer(TestBroker.bootstrapServers())) {
            producer.send(new ProducerRecord<>(names.name(Topic.ENRICHED), "doc-1", "{}".getBytes(StandardCharsets.UTF_8)));
            producer.flush();

            assertThatThrownBy(() -> reader.awaitRecords(2, Duration.ofSeconds(3)))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessageContaining("Expected 2 record(s) on " + names.name(Topic.ENRICHED))
                    .hasMessageContaining("key=doc-1");
            assertThatThrownBy(() -> reader.awaitMatching(r -> "doc-2".equals(r.key()), Duration.ofMillis(500)))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessageContaining("No record on");
        }
    }

    @Test
    void readAllReturnsWhatIsAlreadyOnTheTopicEvenWithAShortLinger(TopicNames names) {
        try (KafkaProducer<String, byte[]> producer = producer(TestBroker.bootstrapServers())) {
            for (int i = 0; i < 20; i++) {
                producer.send(new ProducerRecord<>(names.name(Topic.SOURCES), "doc-" + i, new byte[] {(byte) i}));
            }
            producer.flush();
        }
        try (TopicReader reader = new TopicReader(names, Topic.SOURCES)) {
            assertThat(reader.readAll(Duration.ZERO)).hasSize(20);
            assertThat(reader.readAll(Duration.ofMillis(300))).hasSize(20);
        }
        try (TopicReader empty = new TopicReader(names, Topic.EDITIONS)) {
            assertThat(empty.readAll(Duration.ofMillis(300))).isEmpty();
        }
    }

    @Test
    void topicReaderWaitsForATopicThatDoesNotExistYet() {
        TopicNames unborn = new TopicNames("never-created.");
        try (TopicReader reader = new TopicReader(unborn, Topic.SOURCES)) {
            assertThatThrownBy(() -> reader.awaitRecords(1, Duration.ofSeconds(1)))
                    .hasMessageContaining("the topic does not exist");
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
}
