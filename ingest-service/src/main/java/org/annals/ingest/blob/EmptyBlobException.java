package org.annals.ingest.blob;

import java.io.IOException;

/** The upload holds no bytes at all. */
public class EmptyBlobException extends IOException {

    public EmptyBlobException() {
        super("The file is empty (0 bytes)");
    }
}
