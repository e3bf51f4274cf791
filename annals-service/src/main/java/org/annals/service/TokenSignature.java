package org.annals.service;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

/**
 * Checks at start-up that the secret access tokens are signed with is there: Micronaut Security
 * verifies bearer tokens (HS256) with {@code annals.token-secret} ({@code ANNALS_TOKEN_SECRET}),
 * wired in each service's application.yml. Without a usable secret the service stops at once
 * with a sentence saying what to set, instead of refusing every request later.
 */
@Context
public class TokenSignature {

    /** As {@code AccessTokens.MIN_SECRET_LENGTH}: HS256 wants at least 256 bits. */
    static final int MIN_SECRET_LENGTH = 32;

    public TokenSignature(@Value("${annals.token-secret:}") String secret) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new ConfigurationException("Set ANNALS_TOKEN_SECRET (annals.token-secret) to the secret the "
                    + "access tokens are signed with, at least " + MIN_SECRET_LENGTH + " characters; ./annals up "
                    + "makes one in <data-dir>/secrets/token-secret and passes it on.");
        }
    }
}
