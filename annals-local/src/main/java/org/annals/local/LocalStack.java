package org.annals.local;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.annals.access.LocalCredentials;

/**
 * The one-command local stack behind {@code ./annals up}: an in-JVM broker whose data lives in
 * the data directory, and each service as a child process. Ctrl-C stops it all cleanly.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    /** The service that serves the web UI: the one URL to open. */
    static final String WEB = "web";

    private final StackOptions options;
    private final PrintStream out;
    private final List<ServiceProcess> services = new ArrayList<>();
    private volatile EmbeddedKafka broker;
    private volatile String brokerAddress;
    private volatile boolean stopping;

    public LocalStack(StackOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        StackOptions options;
        try {
            options = StackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("annals up: " + e.getMessage());
            System.err.println(StackOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.helpRequested()) {
            System.out.println(StackOptions.USAGE);
            return;
        }
        LocalStack stack = new LocalStack(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "annals-shutdown"));
        try {
            stack.start();
        } catch (PortInUseException e) {
            System.err.println("annals up: " + describe(e, options));
            System.exit(1);
        } catch (DirectoryInUseException e) {
            System.err.println("annals up: " + e.getMessage() + "; stop the other ./annals up or use another --data-dir");
            System.exit(1);
        } catch (ServiceStartException e) {
            System.err.println("annals up: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println("annals up: could not start: " + e);
            System.exit(1);
        }
        stack.printSummary();
        stack.awaitStop();
    }

    /** Starts the broker, then the services one by one, each only once the previous is ready. */
    public void start() {
        // Check every port first, so a clash is reported before anything has started.
        if (options.kafkaPort() != 0) {
            FreePorts.requireFree(options.kafkaPort());
        }
        for (ServiceSpec spec : options.services()) {
            if (!Files.isRegularFile(spec.jar())) {
                throw new ServiceStartException("the " + spec.name() + " jar " + spec.jar()
                        + " is missing; build it with ./mvnw -DskipTests package");
            }
            FreePorts.requireFree(spec.port());
        }
        LocalCredentials credentials = new LocalCredentials(options.dataDir());
        if (credentials.ensureOperatorToken()) {
            out.println("Created an operator token in " + credentials.operatorTokenFile() + " (readable by you only).");
        }
        out.println("Starting Kafka broker on port " + options.kafkaPort() + " ...");
        EmbeddedKafka started = new EmbeddedKafka(options.dataDir().resolve("kafka"), options.kafkaPort()).start();
        broker = started;
        brokerAddress = started.bootstrapServers();
        for (ServiceSpec spec : options.services()) {
            if (stopping) {
                return; // Ctrl-C during start-up: start nothing the shutdown hook would miss
            }
            out.println("Starting " + spec.name() + " on port " + spec.port() + " ...");
            ServiceProcess service = new ServiceProcess(withUpstreams(spec), brokerAddress, options.dataDir());
            synchronized (services) {
                services.add(service);
            }
            service.start().awaitReady(READY_TIMEOUT);
            service.onExit().thenAccept(process -> reportUnexpectedExit(service, process));
        }
    }

    /**
     * The web UI reaches the other services through its proxy: tell it where this stack runs them
     * (ANNALS_WEB_INGEST_URL and so on), so a service on a port of its own is still found.
     */
    ServiceSpec withUpstreams(ServiceSpec spec) {
        if (!spec.name().equals(WEB)) {
            return spec;
        }
        Map<String, String> env = new HashMap<>();
        for (ServiceSpec other : options.services()) {
            if (List.of("ingest", "store", "enrich").contains(other.name())) {
                env.put("ANNALS_WEB_" + other.name().toUpperCase(Locale.ROOT) + "_URL", other.url());
            }
        }
        env.putAll(spec.env());
        return new ServiceSpec(spec.name(), spec.jar(), spec.port(), env, spec.jvmOptions());
    }

    /** Stops services in reverse order, then the broker. Safe to call more than once. */
    @Override
    public void close() {
        stopping = true;
        List<ServiceProcess> running;
        synchronized (services) {
            running = new ArrayList<>(services);
            services.clear();
        }
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).stop();
        }
        EmbeddedKafka stoppingBroker = broker;
        broker = null;
        if (stoppingBroker != null) {
            stoppingBroker.close();
            out.println("Annals stopped.");
        }
    }

    private void printSummary() {
        Path logs = options.dataDir().resolve("logs");
        out.println();
        out.println("Annals is running.");
        options.services().stream().filter(s -> s.name().equals(WEB)).findFirst().ifPresent(web -> {
            out.println("  Open " + web.url() + " in a browser and sign in with the operator token below.");
        });
        out.printf("  %-14s %s%n", "Kafka broker", brokerAddress);
        for (ServiceSpec spec : options.services()) {
            out.printf("  %-14s %s   (health: %s/health)%n", spec.name(), spec.url(), spec.url());
        }
        out.printf("  %-14s %s%n", "Data", options.dataDir());
        out.printf("  %-14s %s%n", "Logs", logs + (options.services().isEmpty() ? "" : "/<service>.log"));
        Path token = new LocalCredentials(options.dataDir()).operatorTokenFile();
        out.printf("  %-14s %s%n", "Operator token", token);
        out.println("Every API but /health wants a bearer token. ./annals uses this one; with curl:");
        out.println("  curl -H \"Authorization: Bearer $(cat " + token + ")\" " + firstUrl() + "/api/...");
        out.println("Tokens for other people: ./annals token issue --role reader|archivist|operator --subject NAME");
        out.println("Ctrl-C stops everything.");
    }

    private String firstUrl() {
        return options.services().stream().filter(s -> s.name().equals("store")).findFirst()
                .or(() -> options.services().stream().filter(s -> !s.name().equals(WEB)).reduce((a, b) -> b))
                .map(ServiceSpec::url).orElse("http://localhost:8083");
    }

    private void awaitStop() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void reportUnexpectedExit(ServiceProcess service, Process process) {
        if (!stopping) {
            out.println(service.spec().name() + " exited unexpectedly (code " + process.exitValue() + "); see "
                    + service.logFile());
        }
    }

    private static String describe(PortInUseException e, StackOptions options) {
        if (e.port() == options.kafkaPort()) {
            return "Kafka port " + e.port() + " is already in use (another ./annals up?); "
                    + "stop it or choose another port with --kafka-port N";
        }
        String owner = options.services().stream().filter(s -> s.port() == e.port())
                .map(ServiceSpec::name).findFirst().orElse("a service");
        return "port " + e.port() + " for " + owner + " is already in use (another ./annals up?); stop whatever holds it";
    }
}
