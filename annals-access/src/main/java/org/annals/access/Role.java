package org.annals.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a token lets its holder do. Each role includes the ones before it: a reader reads, an
 * archivist also uploads, an operator also replays, verifies and reads metrics.
 */
public enum Role {
    READER, ARCHIVIST, OPERATOR;

    /** The name in a token's {@code roles} claim and in {@code @Secured}. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String name) {
        return Arrays.stream(values()).filter(r -> r.claim().equalsIgnoreCase(name.trim())).findFirst();
    }
}
