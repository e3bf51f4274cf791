package org.annals.enrich;

import io.micronaut.runtime.Micronaut;

/** enrich-service: tags dates, person names and citations in extracted text. */
public final class EnrichApplication {

    private EnrichApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(EnrichApplication.class, args);
    }
}
