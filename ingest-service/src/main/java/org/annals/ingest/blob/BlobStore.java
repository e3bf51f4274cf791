package org.annals.ingest.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A content-addressed store of source bytes on the local file system (DESIGN §5):
 * {@code sha256/ab/cd/<hash>}. Bytes are written to a temporary file, fsynced and renamed
 * atomically into place, so a blob either exists whole or not at all; an existing blob is
 * never overwritten (same hash, same bytes).
 */
public final class BlobStore {

    public static final String URI_PREFIX = "blob:sha256/";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path incoming;

    public BlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create blob directory " + incoming, e);
        }
    }

    /**
     * Stores the stream's bytes, reading at most {@code maxBytes}.
     *
     * @throws BlobTooLargeException if the stream holds more than {@code maxBytes}; nothing is kept
     * @throws EmptyBlobException     if the stream holds no bytes; nothing is kept
     */
    public StoredBlob put(InputStream in, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                size = copyAtMost(in, out, maxBytes);
            }
            if (size == 0) {
                throw new EmptyBlobException();
            }
            fsync(temp);
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = path(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                moveIntoPlace(temp, target);
                fsyncDirectory(target.getParent());
            }
            return new StoredBlob(hash, size, uri(hash));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    /** The file of a blob; the hash is checked so no caller can reach outside the store. */
    public Path path(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest: " + sha256);
        }
        return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public static String uri(String sha256) {
        return URI_PREFIX + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    /** The hash a {@code blob:} URI names. */
    public static String hashOf(String blobUri) {
        if (blobUri == null || !blobUri.startsWith(URI_PREFIX)) {
            throw new IllegalArgumentException("Not an Annals blob URI: " + blobUri);
        }
        return blobUri.substring(blobUri.lastIndexOf('/') + 1);
    }

    public Path root() {
        return root;
    }

    private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new BlobTooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // A concurrent upload of the same bytes won: identical content, nothing to do.
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("Blob directory " + target.getParent() + " does not support atomic renames", e);
        }
    }

    private static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void fsyncDirectory(Path dir) {
        // Makes the rename itself durable; not every platform lets a directory be opened.
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
