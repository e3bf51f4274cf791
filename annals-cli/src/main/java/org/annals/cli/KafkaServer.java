package org.annals.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --kafka} option of commands that read topics. */
public final class KafkaServer {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--kafka", paramLabel = "HOST:PORT", order = 100,
            description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS, config kafka; now ${DEFAULT-VALUE})")
    private String bootstrapServers;

    public String bootstrapServers() {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new ParameterException(command.commandLine(), "--kafka needs HOST:PORT, e.g. localhost:9092");
        }
        return bootstrapServers.strip();
    }
}
