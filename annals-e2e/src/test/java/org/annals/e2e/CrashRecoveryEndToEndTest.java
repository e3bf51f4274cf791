package org.annals.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.events.TopicNames;
import org.annals.local.EmbeddedKafka;
import org.annals.local.FreePorts;
import org.annals.local.ServiceProcess;
import org.annals.testkit.PackagedServices;
import org.annals.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nothing lost, nothing twice: while {@value #DOCUMENTS} documents stream in, ingest, enrich and
 * store are each killed with SIGKILL and restarted, and the broker is stopped and started once.
 * At the end every document is recorded exactly once as edition 1, the hash chains and blobs
 * verify, and every consumer's lag is back to zero.
 */
class CrashRecoveryEndToEndTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryEndToEndTest.class);
    private static final int DOCUMENTS = 300;
    private static final Duration WAIT = Duration.ofMinutes(5);

    @TempDir
    Path data;

    private EmbeddedKafka broker;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Http http = new Http();

    @AfterEach
    void stop() {
        services.forEach(ServiceProcess::stop);
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyDocumentIsRecordedExactlyOnceThroughCrashesOfEachServiceAndABrokerRestart() throws Exception {
        broker = new EmbeddedKafka(data.resolve("kafka"), FreePorts.pick()).start();
        String bootstrap = broker.bootstrapServers();
        TopicNames topics = new TopicNames("crash.");
        ServiceProcess ingest = start("ingest", topics, bootstrap);
        ServiceProcess enrich = start("enrich", topics, bootstrap);
        ServiceProcess store = start("store", topics, bootstrap);
        String storeUrl = store.spec().url();

        Map<String, String> ingests = new ConcurrentHashMap<>();
        AtomicInteger accepted = new AtomicInteger();
        Thread uploader = new Thread(() -> {
            for (int i = 0; i < DOCUMENTS; i++) {
                String id = "doc-" + i;
                byte[] text = ("Letter " + i + " from Alexandra Kollontai to the district committee, written on "
                        + (1 + i % 28) + " March 1921.\n").getBytes(StandardCharsets.UTF_8);
                ingests.put(id, uploadUntilAccepted(ingest, id, text));
                accepted.incrementAndGet();
            }
        }, "uploader");
        uploader.start();

        crashAt(accepted, 50, "ingest", ingest::kill, () -> ingest.start().awaitReady(PackagedServices.READY));
        crashAt(accepted, 110, "enrich", enrich::kill, () -> enrich.start().awaitReady(PackagedServices.READY));
        crashAt(accepted, 170, "store", store::kill, () -> store.start().awaitReady(PackagedServices.READY));
        crashAt(accepted, 230, "the broker", broker::close, broker::start);
        uploader.join(WAIT.toMillis());
        assertThat(ingests).hasSize(DOCUMENTS);

        // Every document recorded once, as edition 1.
        Awaitility.await("all documents in the store").atMost(WAIT).pollInterval(Duration.ofSeconds(2))
                .until(() -> http.get(storeUrl + "/api/documents?size=1").json().path("total").asInt() == DOCUMENTS);
        for (String id : ingests.keySet()) {
            Awaitility.await(id + " recorded").atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() ->
                    "RECORDED".equals(http.get(storeUrl + "/api/documents/" + id + "/editions/1").json()
                            .path("status").asText()));
            assertThat(http.get(storeUrl + "/api/documents/" + id).json().path("editions")).as(id).hasSize(1);
            JsonNode history = http.get(storeUrl + "/api/documents/" + id + "/events").json();
            assertThat(history.path("chainValid").asBoolean()).as(id).isTrue();
            assertThat(count(history, "annals.source.received.v1")).as(id + " sources").isEqualTo(1);
            assertThat(count(history, "annals.edition.recorded.v1")).as(id + " editions recorded").isEqualTo(1);
        }

        // On the editions topic: one edition.recorded id per document (a resend after a crash repeats the id).
        Map<String, Set<String>> idsByDocument = new HashMap<>();
        try (TopicReader editions = new TopicReader(bootstrap, topics.name(org.annals.events.Topic.EDITIONS))) {
            for (ConsumerRecord<String, byte[]> r : editions.readAll(Duration.ofSeconds(2))) {
                idsByDocument.computeIfAbsent(r.key(), k -> new HashSet<>()).add(TopicReader.header(r, "ce_id"));
            }
        }
        assertThat(idsByDocument).hasSize(DOCUMENTS).allSatisfy((id, ids) -> assertThat(ids).as(id).hasSize(1));

        JsonNode verify = http.get(storeUrl + "/api/admin/verify").json();
        assertThat(verify.path("message").asText()).startsWith("No mismatches");
        Awaitility.await("lag back to zero").atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode lag = http.get(storeUrl + "/api/admin/lag").json();
            assertThat(lag.path("total").asLong()).as(lag.toString()).isZero();
        });
    }

    private ServiceProcess start(String name, TopicNames topics, String bootstrap) {
        ServiceProcess process = PackagedServices.start(name, topics, data, Map.of(), bootstrap);
        services.add(process);
        return process;
    }

    /** Waits until {@code after} uploads were accepted, then crashes the part and brings it back. */
    private static void crashAt(AtomicInteger accepted, int after, String what, Runnable crash, Runnable recover) {
        Awaitility.await(after + " uploads before crashing " + what).atMost(WAIT)
                .pollInterval(Duration.ofMillis(50)).until(() -> accepted.get() >= after);
        LOG.info("Crashing {} after {} accepted uploads", what, accepted.get());
        crash.run();
        recover.run();
        LOG.info("{} is back", what);
    }

    /** What an archivist's client does: try again until the upload is taken (202, or 200 for bytes already kept). */
    private String uploadUntilAccepted(ServiceProcess ingest, String documentId, byte[] text) {
        long backoff = 100;
        while (true) {
            try {
                Http.Response r = http.upload(ingest.spec().url() + "/api/documents", documentId + ".txt", text,
                        Map.of("documentId", documentId, "collection", "crash"));
                if (r.status() == 202 || r.status() == 200) {
                    return r.json().path("ingestId").asText();
                }
                LOG.info("Upload of {} answered {}; retrying", documentId, r.status());
            } catch (IllegalStateException unreachable) {
                LOG.debug("Upload of {} failed ({}); retrying", documentId, unreachable.getMessage());
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            backoff = Math.min(backoff * 2, 2_000);
        }
    }

    private static long count(JsonNode history, String type) {
        int n = 0;
        for (JsonNode e : history.path("events")) {
            if (e.path("type").asText().equals(type)) {
                n++;
            }
        }
        return n;
    }
}
