package org.annals.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line of the local stack.
 *
 * @param dataDir everything the stack keeps: broker data, blobs, event store, logs
 * @param kafkaPort the broker's client port (0 picks a free one)
 * @param services the services to start, in order
 * @param helpRequested {@code --help} was given
 */
public record StackOptions(Path dataDir, int kafkaPort, List<ServiceSpec> services, boolean helpRequested) {

    public static final String USAGE = """
            usage: annals up [--data-dir DIR] [--kafka-port N] [--service NAME=JAR:PORT ...]
              --data-dir DIR           where Annals keeps its data and logs (default ./annals-data)
              --kafka-port N           the Kafka broker's port (default 9092)
              --service NAME=JAR:PORT  start a service jar on an HTTP port (repeatable)""";

    public StackOptions {
        dataDir = dataDir.toAbsolutePath().normalize();
        services = List.copyOf(services);
    }

    /** @throws IllegalArgumentException with a sentence saying what is wrong */
    public static StackOptions parse(String... args) {
        Path dataDir = Path.of("annals-data");
        int kafkaPort = 9092;
        List<ServiceSpec> services = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
                case "--kafka-port" -> kafkaPort = port(value(args, ++i, arg));
                case "--service" -> services.add(ServiceSpec.parse(value(args, ++i, arg)));
                case "-h", "--help" -> {
                    return new StackOptions(dataDir, kafkaPort, services, true);
                }
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        return new StackOptions(dataDir, kafkaPort, services, false);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--kafka-port expects a port number 0-65535, got '" + text + "'");
        }
    }
}
