package org.annals.store;

import java.nio.file.Path;

/**
 * Where the store keeps its files.
 *
 * @param dataDir root of the data directory, shared with ingest-service for {@code blobs/}
 */
public record StoreSettings(Path dataDir) {

    public Path eventStoreFile() {
        return dataDir.resolve("store").resolve("events.db");
    }

    public Path blobDir() {
        return dataDir.resolve("blobs");
    }
}
