package org.annals.store.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an edition's original bytes in the content-addressed blob directory ingest-service
 * writes. Only a well-formed {@code blob:sha256/ab/cd/<64 hex>} is resolved, so no URI in an
 * event can point outside the blob directory.
 */
public final class SourceBlobs {

    private static final Pattern URI = Pattern.compile("blob:sha256/([0-9a-f]{2})/([0-9a-f]{2})/([0-9a-f]{64})");

    private final Path root;

    public SourceBlobs(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Optional<Path> locate(String blobUri) {
        Matcher m = blobUri == null ? null : URI.matcher(blobUri);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        String hash = m.group(3);
        if (!hash.startsWith(m.group(1) + m.group(2))) {
            return Optional.empty();
        }
        Path path = root.resolve("sha256").resolve(m.group(1)).resolve(m.group(2)).resolve(hash);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
}
