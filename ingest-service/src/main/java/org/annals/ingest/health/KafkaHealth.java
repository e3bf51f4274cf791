package org.annals.ingest.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.annals.ingest.extraction.ExtractionWorker;
import org.annals.ingest.upload.IngestStatusProjection;
import org.annals.kafka.EventConsumer;
import org.annals.kafka.KafkaSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** {@code /health} → {@code kafka}: whether the broker answers and the consumers run. */
@Singleton
public class KafkaHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final Admin admin;
    private final KafkaSettings settings;
    private final ExtractionWorker worker;
    private final IngestStatusProjection status;

    public KafkaHealth(KafkaSettings settings, ExtractionWorker worker, IngestStatusProjection status) {
        this.settings = settings;
        this.worker = worker;
        this.status = status;
        Map<String, Object> props = new LinkedHashMap<>(settings.admin());
        props.put("client.id", "ingest-service-health");
        this.admin = Admin.create(props);
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bootstrapServers", settings.bootstrapServers());
        details.put("extractionWorkers", worker.states());
        details.put("statusProjection", status.state());
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                    .nodes().get(4, TimeUnit.SECONDS).size();
            details.put("brokers", nodes);
            boolean consumersRunning = worker.states().stream().allMatch(s -> s != EventConsumer.State.FAILED)
                    && status.state() != EventConsumer.State.FAILED;
            healthStatus = consumersRunning ? HealthStatus.UP : HealthStatus.DOWN;
        } catch (Exception e) {
            details.put("error", "Kafka does not answer at " + settings.bootstrapServers());
            healthStatus = HealthStatus.DOWN;
        }
        return details;
    }

    @Override
    public String getName() {
        return "kafka";
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
