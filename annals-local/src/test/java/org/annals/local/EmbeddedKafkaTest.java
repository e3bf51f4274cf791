package org.annals.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    private static final String TOPIC = "annals.restart-check";

    @TempDir
    Path dir;

    @Test
    void keepsRecordsAcrossRestartOnTheSameDirectory() throws Exception {
        // Larger than Kafka's 1 MiB default, so the raised message.max.bytes is exercised too.
        byte[] value = new byte[5 * 1024 * 1024];
        Arrays.fill(value, (byte) 'a');

        try (EmbeddedKafka broker = new EmbeddedKafka(dir, 0).start()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
            }
            try (KafkaProducer<String, byte[]> producer = producer(broker.bootstrapServers())) {
                producer.send(new ProducerRecord<>(TOPIC, "doc-1", value)).get();
            }
        }

        try (EmbeddedKafka broker = new EmbeddedKafka(dir, 0).start()) {
            List<ConsumerRecord<String, byte[]>> records = readAll(broker.bootstrapServers(), 1);
            assertThat(records).hasSize(1);
            assertThat(records.get(0).key()).isEqualTo("doc-1");
            assertThat(records.get(0).value()).isEqualTo(value);
        }
    }

    @Test
    void refusesADirectoryAnotherBrokerUses() {
        try (EmbeddedKafka first = new EmbeddedKafka(dir, 0).start()) {
            EmbeddedKafka second = new EmbeddedKafka(dir, 0);
            assertThatThrownBy(second::start).isInstanceOf(DirectoryInUseException.class);
            assertThat(first.bootstrapServers()).startsWith("localhost:");
        }
        // Released on close: the directory can be used again.
        new EmbeddedKafka(dir, 0).start().close();
    }

    @Test
    void refusesAPortThatIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            EmbeddedKafka broker = new EmbeddedKafka(dir, taken.getLocalPort());
            assertThatThrownBy(broker::start)
                    .isInstanceOfSatisfying(PortInUseException.class,
                            e -> assertThat(e.port()).isEqualTo(taken.getLocalPort()));
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(EmbeddedKafka.MESSAGE_MAX_BYTES));
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(EmbeddedKafka.MESSAGE_MAX_BYTES));
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
