package org.annals.testkit;

import java.time.Duration;
import java.time.Instant;
import org.annals.access.AccessTokens;
import org.annals.access.Role;

/**
 * Bearer tokens for tests: services under test are given {@link #SECRET}, and each test holds
 * the token of the role it acts in, or a token that must be refused (expired, forged).
 */
public final class TestTokens {

    /** What the services under test verify tokens with (ANNALS_TOKEN_SECRET / annals.token-secret). */
    public static final String SECRET = "annals-test-secret-only-for-tests-0123456789";

    private static final AccessTokens TOKENS = new AccessTokens(SECRET);
    private static final AccessTokens OTHER_SECRET = new AccessTokens("another-secret-that-annals-does-not-know-42");

    private TestTokens() {
    }

    public static String of(Role role) {
        return of(role.claim() + "-in-test", role);
    }

    public static String of(String subject, Role role) {
        return TOKENS.issue(subject, role, Duration.ofHours(1));
    }

    public static String operator() {
        return of(Role.OPERATOR);
    }

    /** Well signed, but its time is over. */
    public static String expired(Role role) {
        Instant now = Instant.now();
        return TOKENS.issue(role.claim() + "-in-test", role, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
    }

    /** An operator token signed with a secret the services do not share. */
    public static String forged() {
        return OTHER_SECRET.issue("intruder", Role.OPERATOR, Duration.ofHours(1));
    }
}
