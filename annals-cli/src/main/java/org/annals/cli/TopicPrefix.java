package org.annals.cli;

import org.annals.events.TopicNames;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --topic-prefix} option: how short topic names become the broker's names. */
public final class TopicPrefix {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", order = 102,
            description = "prefix of the topic names (env ANNALS_TOPICS_PREFIX, config topic-prefix; now '${DEFAULT-VALUE}')")
    private String topicPrefix;

    public TopicNames topics() {
        try {
            return new TopicNames(topicPrefix);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--topic-prefix: " + e.getMessage());
        }
    }
}
