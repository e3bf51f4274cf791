package org.annals.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.annals.events.Topic;
import org.annals.events.TopicNames;

/**
 * A topic as a person types it: a short name ({@code editions}) or a contract name
 * ({@code annals.editions}) gets the configured prefix; any other name is taken as it is.
 */
final class TopicArgument {

    private TopicArgument() {
    }

    static String resolve(String typed, TopicNames names) {
        return contractTopic(typed).map(names::name).orElse(typed);
    }

    private static Optional<Topic> contractTopic(String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return Arrays.stream(Topic.values())
                .filter(t -> t.baseName().equals(lower) || t.baseName().equals("annals." + lower))
                .findFirst();
    }

    /** The short names, for help and error messages. */
    static String shortNames() {
        return String.join(", ", Arrays.stream(Topic.values()).map(t -> t.baseName().substring("annals.".length())).toList());
    }
}
