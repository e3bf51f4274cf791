package org.annals.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The local stack's secrets, in {@code <data-dir>/secrets/} and readable by their owner only:
 * the token secret the services verify with, and an operator token made on first start for
 * the person who ran {@code ./annals up} (the CLI finds it there).
 */
public record LocalCredentials(Path dataDir) {

    /** Long enough not to get in the way on a workstation; issue shorter ones for other people. */
    public static final Duration OPERATOR_TOKEN_LIFETIME = Duration.ofDays(365);
    public static final String OPERATOR_SUBJECT = "local-operator";

    public Path secretsDir() {
        return dataDir.resolve("secrets");
    }

    public Path secretFile() {
        return secretsDir().resolve("token-secret");
    }

    public Path operatorTokenFile() {
        return secretsDir().resolve("operator.token");
    }

    /** The secret, made on first use: 48 random bytes, base64url. */
    public String secret() {
        Path file = secretFile();
        if (!Files.exists(file)) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            writeOwnerOnly(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
        return read(file);
    }

    /** @return true when the operator token was made now (first start), false when it was there already */
    public boolean ensureOperatorToken() {
        Path file = operatorTokenFile();
        if (Files.exists(file)) {
            return false;
        }
        writeOwnerOnly(file, new AccessTokens(secret()).issue(OPERATOR_SUBJECT, Role.OPERATOR, OPERATOR_TOKEN_LIFETIME));
        return true;
    }

    public Optional<String> operatorToken() {
        Path file = operatorTokenFile();
        return Files.isReadable(file) ? Optional.of(read(file)) : Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Created with owner-only permissions from the start, so the content is never readable by others. */
    private static void writeOwnerOnly(Path file, String content) {
        try {
            Path dir = file.getParent();
            if (!Files.exists(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException raced) {
            // another process made it first: use theirs
        } catch (UnsupportedOperationException notPosix) {
            throw new IllegalStateException("Cannot make " + file + " readable by its owner only on this file system");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
