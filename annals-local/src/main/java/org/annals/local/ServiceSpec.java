package org.annals.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One service of the stack as the launcher sees it: a runnable jar and the HTTP port it serves.
 *
 * @param name short name used in messages and for the log file, e.g. {@code ingest}
 * @param jar the service's runnable (shaded) jar
 * @param port HTTP port, passed as {@code MICRONAUT_SERVER_PORT}
 * @param env extra environment on top of what the stack sets
 * @param jvmOptions extra JVM options after {@code -Xmx1g}
 */
public record ServiceSpec(String name, Path jar, int port, Map<String, String> env, List<String> jvmOptions) {

    public ServiceSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jar, "jar");
        env = Map.copyOf(env);
        jvmOptions = List.copyOf(jvmOptions);
    }

    public ServiceSpec(String name, Path jar, int port, Map<String, String> env) {
        this(name, jar, port, env, List.of());
    }

    public ServiceSpec(String name, Path jar, int port) {
        this(name, jar, port, Map.of(), List.of());
    }

    /**
     * Parses the launcher's {@code NAME=JAR:PORT} form.
     *
     * @throws IllegalArgumentException with a sentence naming the expected form
     */
    public static ServiceSpec parse(String value) {
        int eq = value.indexOf('=');
        int colon = value.lastIndexOf(':');
        if (eq <= 0 || colon < eq + 2 || colon == value.length() - 1) {
            throw new IllegalArgumentException("--service expects NAME=JAR:PORT, got '" + value + "'");
        }
        String portText = value.substring(colon + 1);
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--service " + value + ": port '" + portText + "' is not a number");
        }
        return new ServiceSpec(value.substring(0, eq), Path.of(value.substring(eq + 1, colon)), port);
    }

    public String url() {
        return "http://localhost:" + port;
    }
}
