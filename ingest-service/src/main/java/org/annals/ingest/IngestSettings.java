package org.annals.ingest;

import java.nio.file.Path;

/**
 * Where the ingest service keeps its files and how big an upload may be.
 *
 * @param dataDir          root of the service's files: {@code blobs/} and {@code ingest/ingest.db}
 * @param maxUploadBytes   the largest source accepted (413 beyond it)
 * @param extractionWorkers how many sources this instance extracts at once
 */
public record IngestSettings(Path dataDir, long maxUploadBytes, int extractionWorkers) {

    public Path blobDir() {
        return dataDir.resolve("blobs");
    }

    public Path ledgerFile() {
        return dataDir.resolve("ingest").resolve("ingest.db");
    }
}
