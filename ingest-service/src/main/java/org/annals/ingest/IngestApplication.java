package org.annals.ingest;

import io.micronaut.runtime.Micronaut;

/** ingest-service: takes uploads, keeps their bytes, extracts their text. */
public final class IngestApplication {

    private IngestApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(IngestApplication.class, args);
    }
}
