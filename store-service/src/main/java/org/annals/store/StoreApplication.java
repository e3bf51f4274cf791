package org.annals.store;

import io.micronaut.runtime.Micronaut;

/** store-service: the archive's system of record and its query API. */
public final class StoreApplication {

    private StoreApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(StoreApplication.class, args);
    }
}
