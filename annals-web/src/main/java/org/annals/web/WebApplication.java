package org.annals.web;

import io.micronaut.runtime.Micronaut;

/** annals-web: serves the web UI and passes its API calls on to the services behind it. */
public final class WebApplication {

    private WebApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(WebApplication.class, args);
    }
}
