package org.annals.ingest.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesBytesUnderTheirSha256() throws IOException {
        BlobStore store = new BlobStore(dir);
        byte[] bytes = "16 March 1921".getBytes(StandardCharsets.UTF_8);

        StoredBlob blob = store.put(new ByteArrayInputStream(bytes), 1024);

        // sha256 of "16 March 1921", as sha256sum prints it
        assertThat(blob.sha256()).isEqualTo("e4414f53c531a446fb7bb236b8eee5719ab9142d05af1b356824a713061d311d");
        assertThat(blob.size()).isEqualTo(bytes.length);
        Path file = store.path(blob.sha256());
        assertThat(file).isEqualTo(dir.resolve("sha256").resolve(blob.sha256().substring(0, 2))
                .resolve(blob.sha256().substring(2, 4)).resolve(blob.sha256()));
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(blob.uri()).isEqualTo("blob:sha256/" + blob.sha256().substring(0, 2) + "/"
                + blob.sha256().substring(2, 4) + "/" + blob.sha256());
        assertThat(BlobStore.hashOf(blob.uri())).isEqualTo(blob.sha256());
    }

    @Test
    void theSameBytesTwiceKeepOneBlobAndNoTemporaryFiles() throws IOException {
        BlobStore store = new BlobStore(dir);
        StoredBlob first = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
        StoredBlob second = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);

        assertThat(second).isEqualTo(first);
        assertThat(regularFiles()).containsExactly(store.path(first.sha256()));
    }

    @Test
    void aStreamOverTheLimitLeavesNothingBehind() throws IOException {
        BlobStore store = new BlobStore(dir);

        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[2048]), 1024))
                .isInstanceOf(BlobTooLargeException.class)
                .hasMessageContaining("1024");
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void anEmptyStreamLeavesNothingBehind() throws IOException {
        BlobStore store = new BlobStore(dir);

        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[0]), 1024))
                .isInstanceOf(EmptyBlobException.class);
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void onlyHexDigestsNameBlobs() {
        BlobStore store = new BlobStore(dir);

        assertThatThrownBy(() -> store.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.path("A".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }

    private java.util.List<Path> regularFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
