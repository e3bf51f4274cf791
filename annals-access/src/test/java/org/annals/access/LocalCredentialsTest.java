package org.annals.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCredentialsTest {

    @TempDir
    Path data;

    @Test
    void theFirstStartMakesASecretAndAnOperatorTokenReadableByTheOwnerOnly() throws Exception {
        LocalCredentials credentials = new LocalCredentials(data);

        assertThat(credentials.ensureOperatorToken()).isTrue();
        assertThat(credentials.ensureOperatorToken()).isFalse();

        for (Path file : new Path[] {credentials.secretFile(), credentials.operatorTokenFile()}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials.secretsDir())))
                .isEqualTo("rwx------");
        SignedJWT token = SignedJWT.parse(credentials.operatorToken().orElseThrow());
        assertThat(token.verify(new MACVerifier(credentials.secret().getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("local-operator");
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("operator");
        assertThat(token.getJWTClaimsSet().getExpirationTime()).isAfter(new Date());
        assertThat(credentials.secret()).hasSizeGreaterThanOrEqualTo(AccessTokens.MIN_SECRET_LENGTH);
    }

    @Test
    void aShortSecretAndAnOddSubjectAreRefused() {
        assertThatThrownBy(() -> new AccessTokens("too-short")).hasMessageContaining("at least 32 characters");
        AccessTokens tokens = new AccessTokens("x".repeat(40));
        assertThatThrownBy(() -> tokens.issue("../etc", Role.READER, java.time.Duration.ofMinutes(1)))
                .hasMessageContaining("subject");
    }
}
