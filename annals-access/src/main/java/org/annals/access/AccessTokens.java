package org.annals.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Issues bearer tokens: JWTs signed with HS256 under the deployment's secret, carrying the
 * subject (who, recorded with what they do) and one role. The services check signature and
 * expiry with Micronaut Security, configured with the same secret.
 */
public final class AccessTokens {

    /** HS256 wants a key of at least 256 bits; a shorter secret is refused rather than padded. */
    public static final int MIN_SECRET_LENGTH = 32;
    public static final String ISSUER = "annals";
    private static final Pattern SUBJECT = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,128}");

    private final MACSigner signer;

    public AccessTokens(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("The token secret must be at least " + MIN_SECRET_LENGTH
                    + " characters long.");
        }
        try {
            this.signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Unusable token secret: " + e.getMessage(), e);
        }
    }

    public String issue(String subject, Role role, Duration lifetime) {
        Instant now = Instant.now();
        return issue(subject, role, now, now.plus(lifetime));
    }

    /** A token valid from {@code issuedAt} until {@code expiresAt} (in the past, for a test of expiry). */
    public String issue(String subject, Role role, Instant issuedAt, Instant expiresAt) {
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw new IllegalArgumentException("A token's subject is 1-128 letters, digits or . _ @ + -, not '"
                    + subject + "'.");
        }
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .claim("roles", List.of(role.claim()))
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}
