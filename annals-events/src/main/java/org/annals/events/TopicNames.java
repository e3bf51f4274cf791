package org.annals.events;

import java.util.regex.Pattern;

/**
 * Resolves topic names with an optional prefix. Production uses no prefix; tests give each
 * test class its own prefix so they never see each other's records on a shared broker.
 */
public record TopicNames(String prefix) {

    private static final Pattern VALID_PREFIX = Pattern.compile("[A-Za-z0-9._-]*");

    public static final TopicNames DEFAULT = new TopicNames("");

    public TopicNames {
        prefix = prefix == null ? "" : prefix;
        if (!VALID_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Topic prefix may hold only letters, digits, '.', '_' and '-': " + prefix);
        }
    }

    public String name(Topic topic) {
        return prefix + topic.baseName();
    }
}
