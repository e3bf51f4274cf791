package org.annals.store.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.events.EventCodec;
import org.annals.events.Envelope;
import org.annals.events.SourceReceived;
import org.annals.events.TextExtracted;
import org.annals.events.TopicNames;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.store.Pipeline;
import org.annals.store.RunningStoreService;
import org.annals.testkit.TestBroker;
import org.annals.testkit.WithKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification finds what changed behind the archive's back: a flipped byte in a source blob
 * and an event row edited with the immutability triggers dropped, each named with its document,
 * its event or blob, and what differs.
 */
@WithKafka
class VerificationTest {

    @Test
    void aCleanArchiveVerifiesAndEachTamperingIsFoundAndNamed(TopicNames topics, @TempDir Path dataDir) throws Exception {
        Map<String, Envelope<SourceReceived>> sources = new HashMap<>();
        Map<String, Envelope<TextExtracted>> texts = new HashMap<>();
        try (RunningStoreService store = new RunningStoreService(topics, dataDir);
             EventPublisher publisher = new EventPublisher(new KafkaSettings(TestBroker.bootstrapServers(), "test"),
                     new EventCodec(), topics)) {
            Pipeline pipeline = new Pipeline(dataDir);
            for (int i = 0; i < 5; i++) {
                String id = "letter-" + i;
                Envelope<SourceReceived> source = pipeline.source(id, "letters", id + ".txt",
                        ("Letter " + i + " to the committee, 1921.").getBytes(StandardCharsets.UTF_8), Map.of());
                Envelope<TextExtracted> text = pipeline.extracted(source);
                sources.put(id, source);
                texts.put(id, text);
                publisher.publish(source);
                publisher.publish(text);
                publisher.publish(pipeline.enriched(text, "1.0"));
            }
            store.awaitCaughtUp(topics);

            JsonNode clean = store.json("/api/admin/verify");
            assertThat(clean.path("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(clean.path("findings").isMissingNode() || clean.path("findings").isEmpty()).isTrue();
            assertThat(clean.path("message").asText()).startsWith("No mismatches: 20 events in 5 streams and 5 source blobs");

            // A flipped byte in one source's blob.
            String sha = sources.get("letter-2").data().sha256();
            Path blob = dataDir.resolve("blobs/sha256").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
            byte[] bytes = Files.readAllBytes(blob);
            bytes[3] ^= 0x01;
            Files.write(blob, bytes);
            // An extracted text edited in place, by someone who first dropped the trigger that forbids it.
            String edited = texts.get("letter-4").id();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("store/events.db"));
                 Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=10000");
                s.execute("DROP TRIGGER events_no_update");
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE events SET data = replace(data, 'committee', 'comittee') WHERE event_id = ?")) {
                    ps.setString(1, edited);
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
            }

            JsonNode job = store.runJob("/api/admin/verifications", "{}");
            assertThat(job.path("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(job.path("requestedBy").asText()).isEqualTo("ops-anna");
            assertThat(job.path("done").asLong()).isEqualTo(job.path("total").asLong()).isEqualTo(20);
            assertThat(job.path("message").asText()).startsWith("2 mismatches found in 20 events");
            List<JsonNode> findings = List.copyOf(toList(job.path("findings")));
            assertThat(findings).hasSize(2);
            assertThat(findings).anySatisfy(f -> {
                assertThat(f.path("kind").asText()).isEqualTo("blob-hash");
                assertThat(f.path("documentId").asText()).isEqualTo("letter-2");
                assertThat(f.path("blobUri").asText()).isEqualTo(sources.get("letter-2").data().blobUri());
                assertThat(f.path("detail").asText()).contains("letter-2.txt", "have changed", sha);
            });
            assertThat(findings).anySatisfy(f -> {
                assertThat(f.path("kind").asText()).isEqualTo("event-hash");
                assertThat(f.path("documentId").asText()).isEqualTo("letter-4");
                assertThat(f.path("eventId").asText()).isEqualTo(edited);
                assertThat(f.path("streamVersion").asInt()).isBetween(1, 4);
                assertThat(f.path("detail").asText()).contains("does not match its eventHash");
            });
            assertThat(toList(store.json("/api/admin/verify").path("findings"))).hasSize(2);
            assertThat(store.json("/api/documents/letter-4/events").path("chainValid").asBoolean()).isFalse();

            // A missing blob is named too.
            Files.delete(blob);
            assertThat(toList(store.json("/api/admin/verify").path("findings")))
                    .anySatisfy(f -> assertThat(f.path("kind").asText()).isEqualTo("blob-missing"));
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
