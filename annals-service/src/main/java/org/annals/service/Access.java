package org.annals.service;

/**
 * The role names of {@code org.annals.access.Role} as {@code @Secured} wants them (compile-time
 * constants). Reading is open to every role, uploading to archivists and operators, replay,
 * verification and metrics to operators.
 */
public final class Access {

    public static final String READER = "reader";
    public static final String ARCHIVIST = "archivist";
    public static final String OPERATOR = "operator";

    private Access() {
    }
}
