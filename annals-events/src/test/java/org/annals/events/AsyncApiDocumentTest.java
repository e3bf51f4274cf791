package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code asyncapi.yaml} is what {@link AsyncApiDocument} renders, and it tells a
 * subscriber what the code really sends. Run with {@code -Dannals.asyncapi.write=true} to rewrite
 * the committed file from the code.
 */
class AsyncApiDocumentTest {

    /** The repository root's copy; surefire runs in the module directory. */
    static final Path COMMITTED = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent()
            .resolve("asyncapi.yaml");

    private static final List<String> ALWAYS_WRITTEN = List.of(CloudEventHeaders.SPECVERSION, CloudEventHeaders.ID,
            CloudEventHeaders.SOURCE, CloudEventHeaders.TYPE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT,
            CloudEventHeaders.CONTENT_TYPE);

    private static JsonNode document;

    @BeforeAll
    static void readTheCommittedFile() throws IOException {
        if (Boolean.getBoolean("annals.asyncapi.write")) {
            Files.writeString(COMMITTED, AsyncApiDocument.render(), StandardCharsets.UTF_8);
        }
        document = Files.exists(COMMITTED) ? new YAMLMapper().readTree(COMMITTED.toFile()) : null;
    }

    @Test
    void theCommittedFileIsWhatTheCodeRenders() throws IOException {
        String howToFix = "Regenerate it from the code with: " + AsyncApiDocument.REGENERATE
                + " (then review the diff and commit asyncapi.yaml)";
        assertThat(COMMITTED).as("%s is missing. %s", COMMITTED, howToFix).exists();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("%s differs from AsyncApiDocument.render(). %s", COMMITTED, howToFix)
                .isEqualTo(AsyncApiDocument.render());
    }

    @Test
    void renderingIsReproducibleAndReadsBackAsTheSameTree() throws IOException {
        assertThat(AsyncApiDocument.render()).isEqualTo(AsyncApiDocument.render());
        assertThat(new YAMLMapper().readTree(AsyncApiDocument.render())).isEqualTo(AsyncApiDocument.tree());
    }

    @Test
    void theDocumentIsAsyncApi3WithTheProjectsLicence() {
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.path("info").path("title").asText()).isEqualTo("Annals");
        assertThat(document.path("info").path("license").path("name").asText()).isEqualTo("GPL-3.0-or-later");
        assertThat(document.path("defaultContentType").asText()).isEqualTo("application/json");
        assertThat(document.path("servers").path("local").path("protocol").asText()).isEqualTo("kafka");
    }

    @Test
    void everyTopicIsAChannelAtItsContractNameWithItsSettings() {
        for (Topic topic : Topic.values()) {
            JsonNode channel = document.path("channels").path(AsyncApiDocument.channelId(topic));
            assertThat(channel.path("address").asText()).as(topic.name()).isEqualTo(topic.baseName());
            JsonNode kafka = channel.path("bindings").path("kafka");
            assertThat(kafka.path("partitions").asInt()).isEqualTo(Topic.PARTITIONS);
            assertThat(kafka.path("topicConfiguration").path("retention.ms").asLong()).isEqualTo(-1);
            assertThat(kafka.path("topicConfiguration").path("max.message.bytes").asInt())
                    .isEqualTo(Topic.MAX_MESSAGE_BYTES);
            assertThat(channel.path("messages").size()).as("messages of %s", topic).isPositive();
        }
        assertThat(document.path("channels").size()).isEqualTo(Topic.values().length);
    }

    @Test
    void everyEventTypeIsAMessageOnItsTopicsChannelWithItsSchemaVerbatim() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (EventType type : EventType.values()) {
            JsonNode message = message(type);
            assertThat(message.path("name").asText()).as(type.name()).isEqualTo(type.ceType());
            assertThat(message.path("contentType").asText()).isEqualTo("application/json");
            assertThat(message.path("payload").path("schemaFormat").asText())
                    .isEqualTo("application/schema+json;version=draft-2020-12");
            try (InputStream in = getClass().getResourceAsStream(type.schemaResource())) {
                assertThat(message.path("payload").path("schema")).as("payload schema of %s", type.ceType())
                        .isEqualTo(json.readTree(in));
            }
            assertThat(message.path("bindings").path("kafka").path("key").path("type").asText()).isEqualTo("string");
        }
    }

    @Test
    void theKeyIsTheStreamAnEventBelongsTo() {
        String documentKey = message(EventType.EDITION_RECORDED).path("bindings").path("kafka").path("key")
                .path("pattern").asText();
        assertThat("letter-1921-03").matches(documentKey);
        assertThat(ReplayRequested.STREAM).doesNotMatch(documentKey);
        assertThat(message(EventType.REPLAY_REQUESTED).path("bindings").path("kafka").path("key").path("const").asText())
                .isEqualTo(ReplayRequested.STREAM);
    }

    @Test
    void theHeadersSayWhatTheCodecWritesAndWhichAlwaysComes() {
        EventCodec codec = new EventCodec();
        // An event with no upload and no cause: only the headers always written.
        Envelope<ReplayRequested> replay = Envelope.originate("/annals/store-service",
                new ReplayRequested("r-1", "projections", Map.of(), "operator", Instant.parse("2026-01-02T03:04:05Z")));
        // A derived event of an upload: every header there is.
        Envelope<EditionRecorded> edition = Envelope.derive(Envelope.originate("/annals/ingest-service",
                EventCodecTest.source()), "/annals/store-service", "1", new EditionRecorded("letter-1921-03", 1, "ing-1",
                "a".repeat(64), "b".repeat(64), 1, Instant.parse("2026-01-02T03:04:05Z"), "c".repeat(64), null));

        assertThat(headerNames(codec.toRecord(TopicNames.DEFAULT, replay))).containsExactlyInAnyOrderElementsOf(ALWAYS_WRITTEN);
        for (EventType type : EventType.values()) {
            JsonNode headers = message(type).path("headers");
            assertThat(names(headers.path("required"))).as("required headers of %s", type.ceType())
                    .containsExactlyInAnyOrderElementsOf(ALWAYS_WRITTEN);
            assertThat(fieldNames(headers.path("properties"))).as("headers of %s", type.ceType())
                    .containsAll(headerNames(codec.toRecord(TopicNames.DEFAULT, edition)));
            assertThat(headers.path("properties").path(CloudEventHeaders.TYPE).path("const").asText()).isEqualTo(type.ceType());
            assertThat(headers.path("properties").path(CloudEventHeaders.SPECVERSION).path("const").asText()).isEqualTo("1.0");
        }
    }

    @Test
    void everyChannelHasAReceiveOperationWhoseReferencesResolve() {
        for (Topic topic : Topic.values()) {
            String channelId = AsyncApiDocument.channelId(topic);
            List<JsonNode> receiving = new ArrayList<>();
            document.path("operations").forEach(operation -> {
                if (("#/channels/" + channelId).equals(operation.path("channel").path("$ref").asText())) {
                    receiving.add(operation);
                }
            });
            assertThat(receiving).as("operations on %s", channelId).hasSize(1);
            JsonNode operation = receiving.get(0);
            assertThat(operation.path("action").asText()).isEqualTo("receive");
            Set<String> referenced = new TreeSet<>();
            operation.path("messages").forEach(ref -> {
                String pointer = ref.path("$ref").asText();
                assertThat(pointer).startsWith("#/channels/" + channelId + "/messages/");
                assertThat(document.at(pointer.substring(1)).isObject()).as(pointer).isTrue();
                referenced.add(pointer.substring(pointer.lastIndexOf('/') + 1));
            });
            assertThat(referenced).isEqualTo(fieldNames(document.path("channels").path(channelId).path("messages")));
        }
    }

    private static JsonNode message(EventType type) {
        JsonNode message = document.path("channels").path(AsyncApiDocument.channelId(type.topic())).path("messages")
                .path(AsyncApiDocument.messageId(type));
        assertThat(message.isObject()).as("message %s on channel %s", type.ceType(), type.topic().baseName()).isTrue();
        return message;
    }

    private static Set<String> headerNames(ProducerRecord<String, byte[]> record) {
        Set<String> names = new TreeSet<>();
        for (Header header : record.headers()) {
            names.add(header.key());
        }
        return names;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
