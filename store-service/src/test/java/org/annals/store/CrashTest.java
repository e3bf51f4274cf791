package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.annals.events.EventCodec;
import org.annals.events.Envelope;
import org.annals.events.SourceReceived;
import org.annals.events.TextExtracted;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.local.FreePorts;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TopicReader;
import org.annals.testkit.WithKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store process is killed (SIGKILL, not a shutdown) while documents stream in, and started
 * again: every document ends recorded exactly once, with no missing or repeated events.
 */
@WithKafka
class CrashTest {

    private static final int DOCUMENTS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aKilledStoreRecordsEveryDocumentExactlyOnceAfterARestart(TopicNames topics, @TempDir Path dataDir)
            throws Exception {
        Pipeline pipeline = new Pipeline(dataDir);
        int port = FreePorts.pick();
        try (EventPublisher publisher = new EventPublisher(new KafkaSettings(TestBroker.bootstrapServers(), "test-pipeline"),
                new EventCodec(), topics);
             TopicReader editions = new TopicReader(topics, Topic.EDITIONS)) {
            Process first = startStore(topics, dataDir, port);
            CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> IntStream.range(0, DOCUMENTS)
                    .forEach(i -> publishDocument(pipeline, publisher, "crash-" + i)));
            editions.awaitRecords(DOCUMENTS / 8, Duration.ofSeconds(120));
            first.destroyForcibly().waitFor();
            assertThat(editions.received().size()).as("killed mid-run").isLessThan(DOCUMENTS);

            Process second = startStore(topics, dataDir, port);
            try {
                publishing.get();
                Awaitility.await("every document recorded").atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> distinctRecordedDocuments(editions.readAll(Duration.ZERO)) == DOCUMENTS);

                List<ConsumerRecord<String, byte[]>> recorded = editions.readAll(Duration.ofSeconds(2));
                Map<String, Set<String>> idsByDocument = recorded.stream().collect(Collectors.groupingBy(
                        ConsumerRecord::key, Collectors.mapping(r -> TopicReader.header(r, "ce_id"), Collectors.toSet())));
                assertThat(idsByDocument).hasSize(DOCUMENTS);
                assertThat(idsByDocument.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));

                JsonNode list = get(port, "/api/documents?size=200");
                assertThat(list.path("total").asInt()).isEqualTo(DOCUMENTS);
                for (int i = 0; i < DOCUMENTS; i++) {
                    JsonNode history = get(port, "/api/documents/crash-" + i + "/events");
                    assertThat(history.path("events")).as("events of crash-" + i).hasSize(4);
                    assertThat(history.path("chainValid").asBoolean()).isTrue();
                }
            } finally {
                second.destroy();
                second.waitFor();
            }
        }
    }

    private static long distinctRecordedDocuments(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).distinct().count();
    }

    /** The store as its own JVM, on the test's classpath, so it can be killed like a real process. */
    private static Process startStore(TopicNames topics, Path dataDir, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), StoreApplication.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("store.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("KAFKA_BOOTSTRAP_SERVERS", TestBroker.bootstrapServers());
        env.put("ANNALS_DATA_DIR", dataDir.toString());
        env.put("ANNALS_STORE_PORT", Integer.toString(port));
        env.put("ANNALS_TOPICS_PREFIX", topics.prefix());
        env.put("ANNALS_TOKEN_SECRET", org.annals.testkit.TestTokens.SECRET);
        Process process = builder.start();
        process.getOutputStream().close();
        Awaitility.await("store process up").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("The store process exited; see " + dataDir.resolve("store.log"));
                    }
                    return status(port, "/health") == 200;
                });
        return process;
    }

    private static void publishDocument(Pipeline pipeline, EventPublisher publisher, String documentId) {
        Envelope<SourceReceived> source = pipeline.source(documentId, "The text of " + documentId + ", 1921.");
        Envelope<TextExtracted> text = pipeline.extracted(source);
        publisher.publish(source);
        publisher.publish(text);
        publisher.publish(pipeline.enriched(text, "1.0", List.of(), Map.of("1921", "1921")));
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static int status(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static JsonNode get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + org.annals.testkit.TestTokens.of(org.annals.access.Role.READER))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
