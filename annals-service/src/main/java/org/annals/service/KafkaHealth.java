package org.annals.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.annals.kafka.ConsumerThread;
import org.annals.kafka.KafkaSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** {@code /health} → {@code kafka}: whether the broker answers and every consumer of the service runs. */
@Singleton
@Requires(beans = KafkaSettings.class)
public class KafkaHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final Admin admin;
    private final KafkaSettings settings;
    private final List<ConsumerStatus> consumers;

    public KafkaHealth(KafkaSettings settings, List<ConsumerStatus> consumers) {
        this.settings = settings;
        this.consumers = consumers;
        Map<String, Object> props = new LinkedHashMap<>(settings.admin());
        props.put("client.id", settings.clientId() + "-health");
        this.admin = Admin.create(props);
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bootstrapServers", settings.bootstrapServers());
        boolean consumersRunning = true;
        for (ConsumerStatus consumer : consumers) {
            details.put(consumer.consumerName(), consumer.states());
            consumersRunning &= consumer.states().stream().noneMatch(s -> s == ConsumerThread.State.FAILED);
        }
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                    .nodes().get(4, TimeUnit.SECONDS).size();
            details.put("brokers", nodes);
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
