package org.annals.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.local.LocalStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals up}: the local stack, as {@link LocalStack} runs it; Ctrl-C stops it. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start a Kafka broker and the services on this machine; Ctrl-C stops them.")
final class UpCommand implements Runnable {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "where data and logs live (default ./annals-data)")
    private Path dataDir;

    @Option(names = "--kafka-port", paramLabel = "N", description = "the broker's port (default 9092)")
    private Integer kafkaPort;

    @Option(names = "--service", paramLabel = "NAME=JAR:PORT",
            description = "a service jar to start on an HTTP port (repeatable; the launcher passes these)")
    private List<String> services = new ArrayList<>();

    @Override
    public void run() {
        List<String> args = new ArrayList<>();
        if (dataDir != null) {
            args.add("--data-dir");
            args.add(dataDir.toString());
        }
        if (kafkaPort != null) {
            args.add("--kafka-port");
            args.add(kafkaPort.toString());
        }
        for (String service : services) {
            args.add("--service");
            args.add(service);
        }
        // Runs until Ctrl-C and exits the JVM itself on a start-up failure, with its own messages.
        LocalStack.main(args.toArray(String[]::new));
    }
}
