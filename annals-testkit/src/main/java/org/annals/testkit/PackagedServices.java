package org.annals.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.annals.events.TopicNames;
import org.annals.local.FreePorts;
import org.annals.local.ServiceProcess;
import org.annals.local.ServiceSpec;

/**
 * Starts the packaged service jars the reactor built earlier (so only modules after the services
 * in the root pom can use it), each as its own OS process on the test broker, checking tokens
 * with {@link TestTokens#SECRET}.
 */
public final class PackagedServices {

    public static final Duration READY = Duration.ofMinutes(3);
    private static final String VERSION = "0.1.0-SNAPSHOT";

    private PackagedServices() {
    }

    /** Starts {@code name}-service (ingest, enrich, store) with the test's topic prefix and any extra environment. */
    public static ServiceProcess start(String name, TopicNames topics, Path dataDir, Map<String, String> extraEnv) {
        return start(name, topics, dataDir, extraEnv, TestBroker.bootstrapServers());
    }

    /** As above, on a broker of the test's own (one it can stop and start). */
    public static ServiceProcess start(String name, TopicNames topics, Path dataDir, Map<String, String> extraEnv,
                                       String bootstrapServers) {
        Path jar = packagedJar(name + "-service");
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("ANNALS_TOPICS_PREFIX", topics.prefix());
        env.putIfAbsent("ANNALS_TOKEN_SECRET", TestTokens.SECRET);
        ServiceProcess process = new ServiceProcess(new ServiceSpec(name, jar, FreePorts.pick(), env),
                bootstrapServers, dataDir);
        return process.start().awaitReady(READY);
    }

    /**
     * Starts the web UI (annals-web) in front of running ingest, enrich and store processes; it
     * needs no broker and no secret, only where the services are.
     */
    public static ServiceProcess startWeb(Path dataDir, ServiceProcess ingest, ServiceProcess enrich, ServiceProcess store) {
        Map<String, String> env = Map.of(
                "ANNALS_WEB_INGEST_URL", ingest.spec().url(),
                "ANNALS_WEB_ENRICH_URL", enrich.spec().url(),
                "ANNALS_WEB_STORE_URL", store.spec().url());
        ServiceProcess process = new ServiceProcess(new ServiceSpec("web", packagedJar("annals-web"), FreePorts.pick(), env),
                "localhost:0", dataDir);
        return process.start().awaitReady(READY);
    }

    private static Path packagedJar(String module) {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path jar = root.resolve(module + "/target/" + module + "-" + VERSION + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged " + module + " at " + jar + ": run the whole build (./mvnw verify), "
                    + "which packages the services before this module");
        }
        return jar;
    }
}
