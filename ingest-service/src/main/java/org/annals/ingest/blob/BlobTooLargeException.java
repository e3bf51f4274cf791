package org.annals.ingest.blob;

import java.io.IOException;

/** The upload holds more bytes than the configured limit. */
public class BlobTooLargeException extends IOException {

    private final long limit;

    public BlobTooLargeException(long limit) {
        super("The file is larger than the upload limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
