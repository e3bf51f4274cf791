package org.annals.cli;

/** The HTTP services the CLI talks to, named as a person knows them. */
public enum Service {
    INGEST("ingest service"),
    STORE("store");

    private final String label;

    Service(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
