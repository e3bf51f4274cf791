package org.annals.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.annals.access.LocalCredentials;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One service of the stack running as its own OS process, so it can be stopped, killed and
 * restarted independently (crash tests) and a runaway parser cannot take the broker down.
 * Output goes to {@code <dataDir>/logs/<name>.log}, appended across runs.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final int TAIL_LINES = 20;

    private final ServiceSpec spec;
    private final String bootstrapServers;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Process process;

    public ServiceProcess(ServiceSpec spec, String bootstrapServers, Path dataDir) {
        this.spec = spec;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir.toAbsolutePath();
    }

    public ServiceSpec spec() {
        return spec;
    }

    public Path logFile() {
        return dataDir.resolve("logs").resolve(spec.name() + ".log");
    }

    /** Launches the process; returns at once, see {@link #awaitReady(Duration)}. */
    public synchronized ServiceProcess start() {
        if (isAlive()) {
            throw new IllegalStateException(spec.name() + " is already running (pid " + process.pid() + ")");
        }
        if (!Files.isRegularFile(spec.jar())) {
            throw new ServiceStartException(spec.name() + ": jar " + spec.jar() + " is missing; run ./mvnw -DskipTests package");
        }
        List<String> command = command();
        try {
            Files.createDirectories(logFile().getParent());
            Files.writeString(logFile(), "=== " + Instant.now() + " starting " + spec.name() + ": "
                            + String.join(" ", command) + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            Map<String, String> env = builder.environment();
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
            env.put("ANNALS_DATA_DIR", dataDir.toString());
            env.put("MICRONAUT_SERVER_PORT", Integer.toString(spec.port()));
            // Tesseract runs 8x slower with OpenMP threads fighting over few cores (DESIGN §8).
            env.put("OMP_THREAD_LIMIT", "1");
            // Every service on one data directory checks tokens with the secret kept there.
            env.put("ANNALS_TOKEN_SECRET", new LocalCredentials(dataDir).secret());
            env.putAll(spec.env());
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + spec.name(), e);
        }
        return this;
    }

    /**
     * Waits until {@code /health} gives any HTTP answer: 503 (a dependency still coming up) also
     * means the process is up and serving.
     *
     * @throws ServiceStartException if the process exits or does not answer in time
     */
    public ServiceProcess awaitReady(Duration timeout) {
        HttpRequest health = HttpRequest.newBuilder(URI.create(spec.url() + "/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Process current = currentProcess();
            if (current == null || !current.isAlive()) {
                String exit = current == null ? "was not started" : "exited with code " + current.exitValue();
                throw new ServiceStartException(spec.name() + " " + exit + " before it was ready. " + logHint());
            }
            try {
                http.send(health, HttpResponse.BodyHandlers.discarding());
                return this;
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceStartException("Interrupted while waiting for " + spec.name());
            }
            if (System.nanoTime() > deadline) {
                throw new ServiceStartException(spec.name() + " did not answer " + spec.url() + "/health within "
                        + timeout.toSeconds() + " s. " + logHint());
            }
            sleep(Duration.ofMillis(250));
        }
    }

    /** SIGTERM, then SIGKILL if the service has not finished within 15 s. Idempotent. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** SIGKILL, as in a crash: no shutdown hooks run. Child processes (e.g. tesseract) go too. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the service if running, then starts it again (with the same data and log file). */
    public synchronized ServiceProcess restart() {
        stop();
        return start();
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(spec.name() + " was not started");
        }
        return process.pid();
    }

    /** Completes when the current process exits (for reporting unexpected exits). */
    public synchronized CompletableFuture<Process> onExit() {
        if (process == null) {
            throw new IllegalStateException(spec.name() + " was not started");
        }
        return process.onExit();
    }

    @Override
    public void close() {
        stop();
    }

    /** The last lines of the log file, for error messages. */
    public String logTail() {
        Path file = logFile();
        if (!Files.exists(file)) {
            return "";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int chunk = (int) Math.min(length, 16 * 1024);
            byte[] bytes = new byte[chunk];
            raf.seek(length - chunk);
            raf.readFully(bytes);
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private String logHint() {
        String tail = logTail();
        return "See " + logFile() + (tail.isBlank() ? "" : ", which ends with:" + System.lineSeparator() + tail);
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(spec.jvmOptions());
        command.add("-jar");
        command.add(spec.jar().toAbsolutePath().toString());
        return command;
    }

    private synchronized Process currentProcess() {
        return process;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceStartException("Interrupted while waiting for a service");
        }
    }
}
